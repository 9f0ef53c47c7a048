package org.plantrack.targetservice.rest;

import org.plantrack.events.IndicatorV1;

import java.util.List;
import java.util.function.Function;

/** The columns of the indicator CSV export, in order. */
final class IndicatorCsv {

    static final List<CsvColumn<Views.IndicatorView>> COLUMNS = List.of(
            new CsvColumn<>("id", Views.IndicatorView::id),
            new CsvColumn<>("documentId", Views.IndicatorView::documentId),
            new CsvColumn<>("region", Views.IndicatorView::region),
            new CsvColumn<>("planPeriod", Views.IndicatorView::planPeriod),
            new CsvColumn<>("metric", Views.IndicatorView::metric),
            new CsvColumn<>("canonicalMetric", Views.IndicatorView::canonicalMetric),
            new CsvColumn<>("value", Views.IndicatorView::value),
            new CsvColumn<>("unit", Views.IndicatorView::unit),
            new CsvColumn<>("canonicalValue", Views.IndicatorView::canonicalValue),
            new CsvColumn<>("canonicalUnit", Views.IndicatorView::canonicalUnit),
            new CsvColumn<>("kind", Views.IndicatorView::kind),
            new CsvColumn<>("qualifier", Views.IndicatorView::qualifier),
            new CsvColumn<>("change", Views.IndicatorView::change),
            new CsvColumn<>("baseline", Views.IndicatorView::baseline),
            new CsvColumn<>("year", Views.IndicatorView::year),
            new CsvColumn<>("domain", Views.IndicatorView::domain),
            new CsvColumn<>("confidence", Views.IndicatorView::confidence),
            new CsvColumn<>("start", Views.IndicatorView::start),
            new CsvColumn<>("end", Views.IndicatorView::end),
            new CsvColumn<>("sentence", Views.IndicatorView::sentence),
            new CsvColumn<>("catalogueId", v -> v.catalogueMetric() == null ? null : v.catalogueMetric().id()),
            new CsvColumn<>("catalogueName", v -> v.catalogueMetric() == null ? null : v.catalogueMetric().name()),
            new CsvColumn<>("attribute", Views.IndicatorView::attribute),
            new CsvColumn<>("regionCode", Views.IndicatorView::regionCode),
            new CsvColumn<>("regionLevel", Views.IndicatorView::regionLevel),
            new CsvColumn<>("regionParentCode", Views.IndicatorView::regionParentCode),
            new CsvColumn<>("regionResolved", Views.IndicatorView::regionResolved),
            new CsvColumn<>("cleanedValueStart", v -> span(v, IndicatorV1.CleanedSpan::valueStart)),
            new CsvColumn<>("cleanedValueEnd", v -> span(v, IndicatorV1.CleanedSpan::valueEnd)),
            new CsvColumn<>("cleanedSentenceStart", v -> span(v, IndicatorV1.CleanedSpan::sentenceStart)),
            new CsvColumn<>("cleanedSentenceEnd", v -> span(v, IndicatorV1.CleanedSpan::sentenceEnd)));

    private static Integer span(Views.IndicatorView v, Function<IndicatorV1.CleanedSpan, Integer> offset) {
        return v.cleaned() == null ? null : offset.apply(v.cleaned());
    }

    private IndicatorCsv() {
    }
}
