package org.plantrack.targetservice.service;

import org.plantrack.events.IndicatorV1;
import org.plantrack.targetservice.domain.CleanedSpan;
import org.plantrack.targetservice.domain.Indicator;

/** Between the event record and the entity; normalisation happens in {@link AggregationService}. */
public final class IndicatorMapper {

    public static IndicatorV1 toEvent(Indicator i) {
        return new IndicatorV1(i.id, i.documentId, i.metric, i.value, i.unit, i.kind, i.qualifier, i.change,
                i.baseline, i.year, i.sentence, i.start, i.end, i.domain, i.confidence, i.region, i.planPeriod,
                cleanedOf(i), canonicalMetricOf(i), i.attribute, i.regionCode);
    }

    /** The catalogue indicator as the event and the query API show it; null for a free metric. */
    public static IndicatorV1.CanonicalMetric canonicalMetricOf(Indicator i) {
        return i.catalogueId == null ? null : new IndicatorV1.CanonicalMetric(i.catalogueId, i.catalogueName);
    }

    /** The stored span as the event and the query API show it; null when the indicator has none. */
    public static IndicatorV1.CleanedSpan cleanedOf(Indicator i) {
        CleanedSpan c = i.cleaned;
        if (c == null || c.valueStart == null || c.valueEnd == null || c.sentenceStart == null
                || c.sentenceEnd == null) {
            return null;
        }
        return new IndicatorV1.CleanedSpan(c.valueStart, c.valueEnd, c.sentenceStart, c.sentenceEnd);
    }

    /** The span to store; a span that cannot be right (negative, reversed) is dropped rather than highlighted. */
    public static CleanedSpan toEntity(IndicatorV1.CleanedSpan in) {
        if (in == null || in.valueStart() < 0 || in.valueEnd() < in.valueStart() || in.sentenceStart() < 0
                || in.sentenceEnd() < in.sentenceStart()) {
            return null;
        }
        CleanedSpan c = new CleanedSpan();
        c.valueStart = in.valueStart();
        c.valueEnd = in.valueEnd();
        c.sentenceStart = in.sentenceStart();
        c.sentenceEnd = in.sentenceEnd();
        return c;
    }

    private IndicatorMapper() {
    }
}
