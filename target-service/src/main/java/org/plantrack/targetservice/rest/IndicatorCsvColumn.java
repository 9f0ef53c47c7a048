package org.plantrack.targetservice.rest;

import org.plantrack.events.IndicatorV1;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the indicator CSV export, in order: the header and every row are made from this one list, so they
 * cannot drift apart. A new column goes at the end (readers of the export address columns by position too).
 */
enum IndicatorCsvColumn {
    ID("id", Views.IndicatorView::id),
    DOCUMENT_ID("documentId", Views.IndicatorView::documentId),
    REGION("region", Views.IndicatorView::region),
    PLAN_PERIOD("planPeriod", Views.IndicatorView::planPeriod),
    METRIC("metric", Views.IndicatorView::metric),
    CANONICAL_METRIC("canonicalMetric", Views.IndicatorView::canonicalMetric),
    VALUE("value", Views.IndicatorView::value),
    UNIT("unit", Views.IndicatorView::unit),
    CANONICAL_VALUE("canonicalValue", Views.IndicatorView::canonicalValue),
    CANONICAL_UNIT("canonicalUnit", Views.IndicatorView::canonicalUnit),
    KIND("kind", Views.IndicatorView::kind),
    QUALIFIER("qualifier", Views.IndicatorView::qualifier),
    CHANGE("change", Views.IndicatorView::change),
    BASELINE("baseline", Views.IndicatorView::baseline),
    YEAR("year", Views.IndicatorView::year),
    DOMAIN("domain", Views.IndicatorView::domain),
    CONFIDENCE("confidence", Views.IndicatorView::confidence),
    START("start", Views.IndicatorView::start),
    END("end", Views.IndicatorView::end),
    SENTENCE("sentence", Views.IndicatorView::sentence),
    CATALOGUE_ID("catalogueId", v -> v.catalogueMetric() == null ? null : v.catalogueMetric().id()),
    CATALOGUE_NAME("catalogueName", v -> v.catalogueMetric() == null ? null : v.catalogueMetric().name()),
    ATTRIBUTE("attribute", Views.IndicatorView::attribute),
    REGION_CODE("regionCode", Views.IndicatorView::regionCode),
    REGION_LEVEL("regionLevel", Views.IndicatorView::regionLevel),
    REGION_PARENT_CODE("regionParentCode", Views.IndicatorView::regionParentCode),
    REGION_RESOLVED("regionResolved", Views.IndicatorView::regionResolved),
    CLEANED_VALUE_START("cleanedValueStart", v -> span(v, IndicatorV1.CleanedSpan::valueStart)),
    CLEANED_VALUE_END("cleanedValueEnd", v -> span(v, IndicatorV1.CleanedSpan::valueEnd)),
    CLEANED_SENTENCE_START("cleanedSentenceStart", v -> span(v, IndicatorV1.CleanedSpan::sentenceStart)),
    CLEANED_SENTENCE_END("cleanedSentenceEnd", v -> span(v, IndicatorV1.CleanedSpan::sentenceEnd));

    static final List<String> HEADER = Arrays.stream(values()).map(c -> c.header).toList();

    private final String header;
    private final Function<Views.IndicatorView, Object> value;

    IndicatorCsvColumn(String header, Function<Views.IndicatorView, Object> value) {
        this.header = header;
        this.value = value;
    }

    /** The cells of one indicator, in column order; absent values are empty cells. */
    static List<Object> row(Views.IndicatorView v) {
        return Arrays.stream(values()).map(c -> {
            Object cell = c.value.apply(v);
            return cell == null ? "" : cell;
        }).toList();
    }

    private static Integer span(Views.IndicatorView v, Function<IndicatorV1.CleanedSpan, Integer> offset) {
        return v.cleaned() == null ? null : offset.apply(v.cleaned());
    }
}
