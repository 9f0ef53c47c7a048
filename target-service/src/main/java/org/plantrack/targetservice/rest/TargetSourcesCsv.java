package org.plantrack.targetservice.rest;

import org.plantrack.targetservice.service.TargetState;

import java.util.ArrayList;
import java.util.List;

/** The columns of one target's CSV export: a row per source of every point of its series, in order. */
final class TargetSourcesCsv {

    /** One source of one series point: a row of the export. */
    record PointSource(TargetState.SeriesPoint point, TargetState.Source source) {
    }

    static final List<CsvColumn<PointSource>> COLUMNS = List.of(
            new CsvColumn<>("year", r -> r.point().year()),
            new CsvColumn<>("yearInferred", r -> r.point().yearInferred()),
            new CsvColumn<>("kind", r -> r.point().kind()),
            new CsvColumn<>("change", r -> r.point().change()),
            new CsvColumn<>("value", r -> r.point().value()),
            new CsvColumn<>("unit", r -> r.point().unit()),
            new CsvColumn<>("qualifier", r -> r.point().qualifier()),
            new CsvColumn<>("conflict", r -> r.point().conflict()),
            new CsvColumn<>("comparable", r -> r.point().comparable()),
            new CsvColumn<>("documentId", r -> r.source().documentId()),
            new CsvColumn<>("indicatorId", r -> r.source().indicatorId()),
            new CsvColumn<>("metricAsWritten", r -> r.source().metric()),
            new CsvColumn<>("valueAsWritten", r -> r.source().value()),
            new CsvColumn<>("unitAsWritten", r -> r.source().unit()),
            new CsvColumn<>("sentence", r -> r.source().sentence()),
            new CsvColumn<>("start", r -> r.source().start()),
            new CsvColumn<>("end", r -> r.source().end()));

    /** The rows of a series: its points in order, each with every source that states it. */
    static List<PointSource> rows(List<TargetState.SeriesPoint> series) {
        List<PointSource> rows = new ArrayList<>();
        for (TargetState.SeriesPoint p : series) {
            for (TargetState.Source s : p.sources()) {
                rows.add(new PointSource(p, s));
            }
        }
        return rows;
    }

    private TargetSourcesCsv() {
    }
}
