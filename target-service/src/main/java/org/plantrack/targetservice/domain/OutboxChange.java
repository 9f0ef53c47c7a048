package org.plantrack.targetservice.domain;

import java.util.List;

/**
 * One outbox row: every event of one committed change (the application of one indicator set), in the order they
 * are published, and the W3C traceparent of that change (null when untraced), which every record continues.
 */
public record OutboxChange(long id, String traceparent, List<OutboxRecord> records) {
}
