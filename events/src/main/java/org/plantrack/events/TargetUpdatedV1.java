package org.plantrack.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The new state of one tracked target (region × canonical metric × plan period) and what changed in it.
 *
 * @param progress       fraction of the way from baseline to target (0..1, may exceed 1), or null when not computable
 * @param status         the target's status after the change: achieved, on_track, lagging or no_data (null from
 *                       producers older than the field, and for a target without a stated target value)
 * @param previousStatus the status before the change, only when it changed (then {@code changes} names "status");
 *                       null when the status stayed the same
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
        Instant occurredAt,
        String status,
        String previousStatus) {

    public static final int SCHEMA_VERSION = 1;

    /** The event without status fields, as producers before them wrote it. */
    public TargetUpdatedV1(String eventId, int schemaVersion, String targetKey, long targetId, String region,
                           String metric, String period, String unit, BigDecimal baseline, Integer baselineYear,
                           BigDecimal latestActual, Integer latestActualYear, BigDecimal targetValue,
                           Integer targetYear, String targetQualifier, Double progress, int conflicts,
                           List<String> changes, Instant occurredAt) {
        this(eventId, schemaVersion, targetKey, targetId, region, metric, period, unit, baseline, baselineYear,
                latestActual, latestActualYear, targetValue, targetYear, targetQualifier, progress, conflicts, changes,
                occurredAt, null, null);
    }

    /** True when this update moved the target to another status. */
    public boolean statusChanged() {
        return previousStatus != null && !previousStatus.equals(status);
    }
}
