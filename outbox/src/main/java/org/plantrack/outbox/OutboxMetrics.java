package org.plantrack.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The outbox's meters, the same in every service (README "Operations"):
 * <ul>
 *     <li>{@code plantrack_outbox_pending}: rows waiting to be published;</li>
 *     <li>{@code plantrack_outbox_oldest_age_seconds}: how long the oldest of them has waited (0 when none);</li>
 *     <li>{@code plantrack_outbox_published_total{topic}}: records the broker acknowledged;</li>
 *     <li>{@code plantrack_outbox_failures_total{topic,reason}}: records not acknowledged ({@code unacknowledged},
 *     sent again later), refused for good ({@code refused}, their row given up), and rounds that failed before
 *     sending ({@code round}, topic {@code none}: the database was away, say).</li>
 * </ul>
 * Counters are looked up once per topic: a registry lookup per record was measurable with ~130 records a document.
 */
final class OutboxMetrics {

    private final MeterRegistry registry;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldest = new AtomicReference<>();
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();

    OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("plantrack.outbox.pending", pending, AtomicLong::get)
                .description("outbox rows waiting to be published").register(registry);
        Gauge.builder("plantrack.outbox.oldest.age", oldest, OutboxMetrics::ageSeconds).baseUnit("seconds")
                .description("how long the oldest pending outbox row has waited").register(registry);
    }

    void backlog(PendingRows rows) {
        pending.set(rows.count());
        oldest.set(rows.oldest());
    }

    void published(OutboxRow row) {
        for (OutboxRecord r : row.records()) {
            published.computeIfAbsent(r.topic(), topic -> registry.counter("plantrack.outbox.published",
                    "topic", topic)).increment();
        }
    }

    /** Every record of the row, counted as a failure for the given reason. */
    void failed(OutboxRow row, String reason) {
        for (OutboxRecord r : row.records()) {
            failure(r.topic(), reason);
        }
    }

    void roundFailed() {
        failure("none", "round");
    }

    private void failure(String topic, String reason) {
        failures.computeIfAbsent(topic + '\n' + reason, k -> registry.counter("plantrack.outbox.failures",
                "topic", topic, "reason", reason)).increment();
    }

    private static double ageSeconds(AtomicReference<Instant> oldest) {
        Instant at = oldest.get();
        return at == null ? 0 : Math.max(0, Duration.between(at, Instant.now()).toMillis() / 1000.0);
    }
}
