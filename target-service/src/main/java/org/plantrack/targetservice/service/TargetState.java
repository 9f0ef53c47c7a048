package org.plantrack.targetservice.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * The computed state of one target. Summary values are in {@link #unit} (what most sources wrote); every series
 * point also carries its canonical value for comparison across documents and regions.
 */
public record TargetState(
        String unit,
        String canonicalUnit,
        BigDecimal unitFactor,
        BigDecimal baseline,
        Integer baselineYear,
        String baselineBasis,
        BigDecimal latestActual,
        Integer latestActualYear,
        BigDecimal targetValue,
        Integer targetYear,
        String targetQualifier,
        Double progress,
        String progressNote,
        List<SeriesPoint> series,
        List<Conflict> conflicts,
        int indicatorCount,
        int documentCount) {

    /**
     * One point of the series: the value for a year and kind, with every source that states it.
     *
     * @param yearInferred true when no source states the year and it was inferred from the documents
     * @param comparable false when the point's unit or nature (a change instead of a level) differs from the
     *                   target's, so it is listed but not used for baseline, progress or conflicts
     */
    public record SeriesPoint(
            Integer year,
            boolean yearInferred,
            String kind,
            String change,
            BigDecimal value,
            String unit,
            BigDecimal canonicalValue,
            String canonicalUnit,
            String qualifier,
            boolean conflict,
            boolean comparable,
            List<Source> sources) {
    }

    /** Where a value comes from: the indicator, its document and the sentence, with the value as written. */
    public record Source(
            String indicatorId,
            String documentId,
            String metric,
            BigDecimal value,
            String unit,
            String qualifier,
            BigDecimal baseline,
            String sentence,
            int start,
            int end) {
    }

    /** Two or more documents stating different values for the same year and kind. */
    public record Conflict(Integer year, String kind, List<BigDecimal> values, String unit, List<Source> sources) {
    }
}
