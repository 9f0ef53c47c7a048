package org.plantrack.targetservice.rest;

import java.util.List;

/** The columns of the target list's CSV export, in order. */
final class TargetCsv {

    static final List<CsvColumn<Views.TargetView>> COLUMNS = List.of(
            new CsvColumn<>("id", Views.TargetView::id),
            new CsvColumn<>("region", Views.TargetView::region),
            new CsvColumn<>("metric", Views.TargetView::metric),
            new CsvColumn<>("period", Views.TargetView::period),
            new CsvColumn<>("unit", Views.TargetView::unit),
            new CsvColumn<>("baseline", Views.TargetView::baseline),
            new CsvColumn<>("baselineYear", Views.TargetView::baselineYear),
            new CsvColumn<>("latestActual", Views.TargetView::latestActual),
            new CsvColumn<>("latestActualYear", Views.TargetView::latestActualYear),
            new CsvColumn<>("targetValue", Views.TargetView::targetValue),
            new CsvColumn<>("targetYear", Views.TargetView::targetYear),
            new CsvColumn<>("targetQualifier", Views.TargetView::targetQualifier),
            new CsvColumn<>("progress", Views.TargetView::progress),
            new CsvColumn<>("conflicts", Views.TargetView::conflicts),
            new CsvColumn<>("indicators", Views.TargetView::indicators),
            new CsvColumn<>("documents", Views.TargetView::documents),
            new CsvColumn<>("regionCode", Views.TargetView::regionCode),
            new CsvColumn<>("regionLevel", Views.TargetView::regionLevel),
            new CsvColumn<>("regionParentCode", Views.TargetView::regionParentCode),
            new CsvColumn<>("regionResolved", Views.TargetView::regionResolved),
            new CsvColumn<>("status", Views.TargetView::status),
            new CsvColumn<>("attribute", Views.TargetView::attribute),
            new CsvColumn<>("category", Views.TargetView::category),
            new CsvColumn<>("catalogueId", v -> v.catalogueMetric() == null ? null : v.catalogueMetric().id()),
            new CsvColumn<>("catalogueName", v -> v.catalogueMetric() == null ? null : v.catalogueMetric().name()));

    private TargetCsv() {
    }
}
