package org.plantrack.targetservice.rest;

import org.plantrack.events.IndicatorV1;
import org.plantrack.targetservice.service.TargetRevisions;
import org.plantrack.targetservice.service.TargetState;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** JSON shapes of the query API (the entities stay internal). */
public final class Views {

    /**
     * One indicator. value/unit are as written; canonicalValue/canonicalUnit are what comparisons use;
     * planPeriod is the period the indicator is tracked under; year is as stated, inferredYear what aggregation
     * assumed when the text states none. cleaned locates value and sentence in the document's cleaned text
     * (GET /api/documents/{id}/text), null when the analysis did not report it. catalogueMetric is the catalogue
     * indicator {id, name} the metric names (null for a free metric); canonicalMetric is the name targets are
     * grouped by (synonym table). attribute is binding (约束性) or anticipatory (预期性) where the document says so.
     * region is the registry's standard name when resolved; regionCode, regionLevel and regionParentCode are its
     * GB/T 2260 facts; regionResolved is false for a name the registry does not resolve (code and parent null).
     */
    public record IndicatorView(String id, String documentId, String metric, String canonicalMetric,
                                BigDecimal value, String unit, String kind, String qualifier, String change,
                                BigDecimal baseline, Integer year, String sentence, int start, int end, String domain,
                                double confidence, String region, String planPeriod, BigDecimal canonicalValue,
                                String canonicalUnit, Long targetId, Integer inferredYear,
                                IndicatorV1.CleanedSpan cleaned, IndicatorV1.CanonicalMetric catalogueMetric,
                                String attribute, String regionCode, String regionLevel, String regionParentCode,
                                boolean regionResolved) {
        // made by IndicatorViewMapper
    }

    /**
     * A target's summary; values in {@code unit}. progress is a fraction (0.47 = 47% of the way). The region
     * fields as on an indicator; the key starts with the region code when there is one. status is achieved,
     * on_track, lagging or no_data (docs/architecture.md, "Target status"); attribute binding (约束性) or anticipatory
     * (预期性); category and catalogueMetric come from the catalogue (null for a free metric). documentCount is
     * documents under the name the UI reads.
     */
    public record TargetView(long id, String key, String region, String metric, String period, String unit,
                             String canonicalUnit, BigDecimal baseline, Integer baselineYear, BigDecimal latestActual,
                             Integer latestActualYear, BigDecimal targetValue, Integer targetYear,
                             String targetQualifier, Double progress, int conflicts, int indicators, int documents,
                             Instant updatedAt, String regionCode, String regionLevel, String regionParentCode,
                             boolean regionResolved, String status, String attribute, String category,
                             IndicatorV1.CanonicalMetric catalogueMetric, int documentCount) {
        // made by TargetViewMapper
    }

    /** One target in full: summary, how baseline and progress were found, series, conflicts and sources. */
    public record TargetDetail(TargetView target, String baselineBasis, String progressNote,
                               List<TargetState.SeriesPoint> series, List<TargetState.Conflict> conflicts,
                               List<DocumentRef> documents, List<TargetRevisions.Revision> revisions,
                               boolean targetConflict) {
    }

    public record DocumentRef(String documentId, long indicators) {
    }

    /** One region of the comparison of a metric; canonical values compare across regions whatever unit was used. */
    public record CompareRow(long targetId, String region, String period, String unit, BigDecimal baseline,
                             Integer baselineYear, BigDecimal latestActual, Integer latestActualYear,
                             BigDecimal targetValue, Integer targetYear, String targetQualifier, Double progress,
                             String canonicalUnit, BigDecimal canonicalLatestActual, BigDecimal canonicalTargetValue,
                             int conflicts) {
        // made by TargetViewMapper
    }


    public record MetricCount(String metric, long indicators, long targets, long regions, List<String> variants) {
    }

    public record SynonymView(long id, String variant, String canonical, String regionLevel, int version,
                              String source) {
    }

    public record NewSynonym(String variant, String canonical, String regionLevel) {
    }

    private Views() {
    }
}
