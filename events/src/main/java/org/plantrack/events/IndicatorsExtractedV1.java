package org.plantrack.events;

import java.time.Instant;
import java.util.List;

/**
 * The complete indicator set of one analysis run of a document. A later run replaces the earlier set as a whole,
 * which makes re-analysis and redelivery idempotent for the consumer.
 */
public record IndicatorsExtractedV1(
        String eventId,
        int schemaVersion,
        String documentId,
        int analysisRun,
        String region,
        String regionLevel,
        String planPeriod,
        String documentDate,
        List<IndicatorV1> indicators,
        Instant extractedAt) {

    public static final int SCHEMA_VERSION = 1;
}
