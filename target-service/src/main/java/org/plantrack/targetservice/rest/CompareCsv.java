package org.plantrack.targetservice.rest;

import java.util.List;

/** The columns of the comparison's CSV export (one metric across regions), in order. */
final class CompareCsv {

    static final List<CsvColumn<Views.CompareRow>> COLUMNS = List.of(
            new CsvColumn<>("targetId", Views.CompareRow::targetId),
            new CsvColumn<>("region", Views.CompareRow::region),
            new CsvColumn<>("period", Views.CompareRow::period),
            new CsvColumn<>("unit", Views.CompareRow::unit),
            new CsvColumn<>("baseline", Views.CompareRow::baseline),
            new CsvColumn<>("baselineYear", Views.CompareRow::baselineYear),
            new CsvColumn<>("latestActual", Views.CompareRow::latestActual),
            new CsvColumn<>("latestActualYear", Views.CompareRow::latestActualYear),
            new CsvColumn<>("targetValue", Views.CompareRow::targetValue),
            new CsvColumn<>("targetYear", Views.CompareRow::targetYear),
            new CsvColumn<>("targetQualifier", Views.CompareRow::targetQualifier),
            new CsvColumn<>("progress", Views.CompareRow::progress),
            new CsvColumn<>("canonicalUnit", Views.CompareRow::canonicalUnit),
            new CsvColumn<>("canonicalLatestActual", Views.CompareRow::canonicalLatestActual),
            new CsvColumn<>("canonicalTargetValue", Views.CompareRow::canonicalTargetValue),
            new CsvColumn<>("conflicts", Views.CompareRow::conflicts));

    private CompareCsv() {
    }
}
