package org.plantrack.events;

import java.time.Instant;

/**
 * An indicator entered or left the aggregated data. Published by target-service after its database commit, so
 * a subscriber that sees this event can query the indicator back.
 *
 * @param targetKey region|canonical metric|period of the target the indicator feeds
 */
public record IndicatorEventV1(
        String eventId,
        int schemaVersion,
        Type type,
        String targetKey,
        String canonicalMetric,
        IndicatorV1 indicator,
        Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;

    public enum Type { ADDED, RETRACTED }
}
