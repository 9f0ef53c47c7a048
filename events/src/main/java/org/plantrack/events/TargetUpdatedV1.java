package org.plantrack.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The new state of one tracked target (region × canonical metric × plan period) and what changed in it.
 *
 * @param progress fraction of the way from baseline to target (0..1, may exceed 1), or null when not computable
 */
public record TargetUpdatedV1(
        String eventId,
        int schemaVersion,
        String targetKey,
        long targetId,
        String region,
        String metric,
        String period,
        String unit,
        BigDecimal baseline,
        Integer baselineYear,
        BigDecimal latestActual,
        Integer latestActualYear,
        BigDecimal targetValue,
        Integer targetYear,
        String targetQualifier,
        Double progress,
        int conflicts,
        List<String> changes,
        Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
}
