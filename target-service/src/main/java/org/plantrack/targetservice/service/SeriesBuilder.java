package org.plantrack.targetservice.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Series of actual values: one per region (by code where it has one) × indicator (catalogue id, else the metric;
 * a growth rate is its own catalogue indicator, gdp_growth beside gdp) × comparable unit, one point per year with
 * every source that states it. A point's value is the one most sources state (on a tie the larger, so the
 * answer does not depend on row order), shown in the unit most of the series' sources wrote; the point is a conflict
 * when two documents state different values for the year. Stateless.
 */
public final class SeriesBuilder {

    public record Source(String documentId, String title, String sentence, BigDecimal value, String unit) {
    }

    public record Point(int year, BigDecimal value, boolean conflict, List<Source> sources) {
    }

    /**
     * The catalogue indicator of a series.
     *
     * @param label the name a reader tells level and growth rate apart by: 地区生产总值 · 增速 for gdp_growth, else the
     *              name ({@link CatalogueMetrics#label})
     */
    public record IndicatorRef(String id, String name, String label) {
    }

    /**
     * @param regionCode       the region's GB/T 2260 code; null (with level and parent) for a region kept by name
     * @param regionLevel      province, city, county or national
     * @param regionParentCode the code of the division the region lies in
     */
    public record Series(String region, String regionCode, String regionLevel, String regionParentCode,
                         IndicatorRef indicator, String metric, String unit, List<Point> points) {
    }

    private SeriesBuilder() {
    }

    /** The series of the rows, ordered by region, metric and unit. */
    public static List<Series> build(List<ActualRow> rows) {
        Map<String, List<ActualRow>> bySeries = new TreeMap<>();
        for (ActualRow r : rows) {
            String key = r.region() + "\u001f" + Objects.toString(r.regionCode(), "") + "\u001f" + r.targetMetric()
                    + "\u001f" + Objects.toString(r.canonicalUnit(), "");
            bySeries.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Series> out = new ArrayList<>(bySeries.size());
        for (List<ActualRow> members : bySeries.values()) {
            out.add(series(members));
        }
        return out;
    }

    private static Series series(List<ActualRow> members) {
        ActualRow first = members.get(0);
        String unit = mostWritten(members);
        BigDecimal factor = Units.canonical(unit).factor();
        Map<Integer, List<ActualRow>> byYear = new TreeMap<>();
        members.forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
        List<Point> points = new ArrayList<>();
        byYear.forEach((year, rows) -> points.add(point(year, rows, factor)));
        IndicatorRef indicator = first.catalogueId() == null ? null
                : new IndicatorRef(first.catalogueId(), first.catalogueName(),
                        CatalogueMetrics.label(first.catalogueId()));
        return new Series(first.region(), first.regionCode(), first.regionLevel(), first.regionParentCode(), indicator,
                first.targetMetric(), unit, List.copyOf(points));
    }

    private static Point point(int year, List<ActualRow> rows, BigDecimal factor) {
        Map<BigDecimal, Integer> counts = new TreeMap<>();
        Set<String> documents = new HashSet<>();
        List<Source> sources = new ArrayList<>(rows.size());
        for (ActualRow r : rows) {
            counts.merge(Numbers.clean(r.canonicalValue()), 1, Integer::sum);
            documents.add(r.documentId());
            sources.add(new Source(r.documentId(), null, r.sentence(), Numbers.clean(r.value()), r.unit()));
        }
        BigDecimal chosen = counts.entrySet().stream().max(Map.Entry.<BigDecimal, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        boolean conflict = counts.size() > 1 && documents.size() > 1;
        return new Point(year, TargetCalculator.display(chosen, factor), conflict, List.copyOf(sources));
    }

    /** The unit most of the series' sources wrote; on a tie the first in text order. */
    private static String mostWritten(List<ActualRow> members) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        members.forEach(r -> counts.merge(Objects.toString(r.unit(), ""), 1, Integer::sum));
        String unit = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return unit.isEmpty() ? null : unit;
    }
}
