package org.plantrack.ingest.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.plantrack.ingest.domain.DocumentState;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gauge {@code plantrack.documents{state}}: documents (not deleted) per state. Counted by one grouped query on a
 * timer and cached, so a Prometheus scrape never touches the database and a database outage only leaves the last
 * known figures in place.
 */
@ApplicationScoped
public class DocumentStateMetrics {

    private static final Logger LOG = Logger.getLogger(DocumentStateMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    private final Map<DocumentState, AtomicLong> counts = new EnumMap<>(DocumentState.class);

    void onStart(@Observes StartupEvent event) {
        for (DocumentState state : DocumentState.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(state, count);
            Gauge.builder("plantrack.documents", count, AtomicLong::get)
                    .description("documents stored, by state (refreshed periodically)")
                    .tag("state", state.name())
                    .register(registry);
        }
        refresh();
    }

    @Scheduled(every = "${plantrack.metrics.state-refresh:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (counts.isEmpty()) {
            return; // not started yet
        }
        try {
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                            "select d.state, count(d) from Document d where d.deletedAt is null group by d.state",
                            Object[].class)
                    .getResultList());
            Map<DocumentState, Long> fresh = new EnumMap<>(DocumentState.class);
            for (Object[] row : rows) {
                fresh.put((DocumentState) row[0], (Long) row[1]);
            }
            counts.forEach((state, count) -> count.set(fresh.getOrDefault(state, 0L)));
        } catch (RuntimeException e) {
            LOG.debugf("document counts not refreshed (kept the last ones): %s", e.getMessage());
        }
    }
}
