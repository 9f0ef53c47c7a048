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
 * @param regionCode     GB/T 2260 code of {@code region} (000000 for 全国), null when the registry does not resolve the
 *                       name (then the target is keyed by the name) and in events written before the field
 * @param regionLevel    the region's tier (province, city, county, national), null where regionCode is
 * @param regionParentCode code of the enclosing division (the province of a city), null for provinces, 全国, an
 *                       unresolved region and events written before the field. The three region fields were added
 *                       as optional fields inside version 1.
 * @param catalogueId    id of the catalogue indicator the target is keyed by (gdp, forest_coverage), null for a free
 *                       metric and in events written before the field
 * @param catalogueName  the catalogue's name of that indicator, null where catalogueId is
 * @param attribute      binding (约束性) or anticipatory (预期性): as the target statements say, else the catalogue's
 *                       usual; null when neither says and in events written before the field. The three catalogue
 *                       fields were added as optional fields inside version 1.
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
        String previousStatus,
        String regionCode,
        String regionLevel,
        String regionParentCode,
        String catalogueId,
        String catalogueName,
        String attribute) {

    public static final int SCHEMA_VERSION = 1;

    /** The event without catalogue fields, as producers before them wrote it. */
    public TargetUpdatedV1(String eventId, int schemaVersion, String targetKey, long targetId, String region,
                           String metric, String period, String unit, BigDecimal baseline, Integer baselineYear,
                           BigDecimal latestActual, Integer latestActualYear, BigDecimal targetValue,
                           Integer targetYear, String targetQualifier, Double progress, int conflicts,
                           List<String> changes, Instant occurredAt, String status, String previousStatus,
                           String regionCode, String regionLevel, String regionParentCode) {
        this(eventId, schemaVersion, targetKey, targetId, region, metric, period, unit, baseline, baselineYear,
                latestActual, latestActualYear, targetValue, targetYear, targetQualifier, progress, conflicts, changes,
                occurredAt, status, previousStatus, regionCode, regionLevel, regionParentCode, null, null, null);
    }

    /** The event without region codes, as producers before them wrote it. */
    public TargetUpdatedV1(String eventId, int schemaVersion, String targetKey, long targetId, String region,
                           String metric, String period, String unit, BigDecimal baseline, Integer baselineYear,
                           BigDecimal latestActual, Integer latestActualYear, BigDecimal targetValue,
                           Integer targetYear, String targetQualifier, Double progress, int conflicts,
                           List<String> changes, Instant occurredAt, String status, String previousStatus) {
        this(eventId, schemaVersion, targetKey, targetId, region, metric, period, unit, baseline, baselineYear,
                latestActual, latestActualYear, targetValue, targetYear, targetQualifier, progress, conflicts, changes,
                occurredAt, status, previousStatus, null, null, null, null, null, null);
    }

    /** The event without status fields, as producers before them wrote it. */
    public TargetUpdatedV1(String eventId, int schemaVersion, String targetKey, long targetId, String region,
                           String metric, String period, String unit, BigDecimal baseline, Integer baselineYear,
                           BigDecimal latestActual, Integer latestActualYear, BigDecimal targetValue,
                           Integer targetYear, String targetQualifier, Double progress, int conflicts,
                           List<String> changes, Instant occurredAt) {
        this(eventId, schemaVersion, targetKey, targetId, region, metric, period, unit, baseline, baselineYear,
                latestActual, latestActualYear, targetValue, targetYear, targetQualifier, progress, conflicts, changes,
                occurredAt, null, null, null, null, null, null, null, null);
    }

    /** True when this update moved the target to another status. */
    public boolean statusChanged() {
        return previousStatus != null && !previousStatus.equals(status);
    }
}
