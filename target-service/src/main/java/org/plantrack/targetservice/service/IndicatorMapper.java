package org.plantrack.targetservice.service;

import org.plantrack.events.IndicatorV1;
import org.plantrack.targetservice.domain.Indicator;

/** Between the event record and the entity; normalisation happens in {@link AggregationService}. */
public final class IndicatorMapper {

    public static IndicatorV1 toEvent(Indicator i) {
        return new IndicatorV1(i.id, i.documentId, i.metric, i.value, i.unit, i.kind, i.qualifier, i.change,
                i.baseline, i.year, i.sentence, i.start, i.end, i.domain, i.confidence, i.region, i.planPeriod, null);
    }

    private IndicatorMapper() {
    }
}
