package org.plantrack.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.plantrack.observability.TraceContext;

import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes the service's outbox ({@link OutboxStore}, one bean per service) from one relay thread, woken right
 * after every commit that wrote rows ({@link OutboxWritten}, observed AFTER_SUCCESS) and by a timer (the safety net
 * for what a crash or a broker outage left behind), so a request never waits for Kafka. Each round claims a batch
 * in its own transaction and marks what the broker acknowledged ({@link OutboxRound}); several instances share the
 * table without sending a row twice at once or letting one key's records overtake each other.
 * <p>
 * Nothing runs before the application has started, nor while it shuts down (a timer fired earlier used to fail
 * with a closed EntityManagerFactory).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxConfig config;

    @Inject
    OutboxStore store;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    Producer<String, byte[]> producer;

    private final ReentrantLock lock = new ReentrantLock();
    /** Wake-up signals; permits coalesce, so a burst of commits costs one extra round, not one per commit. */
    private final Semaphore wakeUps = new Semaphore(0);
    /** Set once this bean's StartupEvent observer ran; read by the timer's skip predicate. */
    private static volatile boolean running;
    private volatile boolean started;
    private volatile boolean stopping;
    /** Why the last round could not publish everything it took (null: it could); read by the readiness check. */
    private volatile String lastFailure;
    private Thread worker;
    private OutboxRound round;
    private OutboxMetrics metrics;
    /** When the backlog was last counted (System.nanoTime); only touched under the lock. */
    private long backlogCountedAt;
    private boolean backlogCounted;

    void onStart(@Observes StartupEvent event) {
        metrics = new OutboxMetrics(registry);
        // the round waits a little longer than the producer's own delivery timeout, which always ends a send
        round = new OutboxRound(store, new OutboxSender(producer, config.sendTimeout().plusSeconds(5)));
        started = true;
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
        wake(); // rows left by a previous run
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        stopping = true;
        Thread t = worker;
        if (t != null) {
            wakeUps.release();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wake();
    }

    // skipExecutionIf: calling this method through its proxy would create the bean, and with it the producer,
    // before startup; the predicate reads a static flag and creates nothing
    @Scheduled(every = "${plantrack.outbox.interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = NotRunning.class)
    void onTimer() {
        wake();
    }

    /** Asks the relay thread for a round; returns at once. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Null while the outbox goes out; else why the last round left rows behind. */
    public String lastFailure() {
        return lastFailure;
    }

    /** Publishes every pending row on the calling thread; returns how many rows were published. Never throws. */
    public int drain() {
        return drain(false);
    }

    private void run() {
        while (!stopping) {
            try {
                wakeUps.acquire();
                wakeUps.drainPermits(); // everything committed so far is covered by this round
                if (!stopping) {
                    drain(true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "outbox relay round failed, will retry");
            }
        }
    }

    private int drain(boolean relayThread) {
        if (!started || stopping) {
            return 0; // not started yet, or being torn down: the first round after the start does it
        }
        if (relayThread) {
            lock.lock();
        } else if (!lock.tryLock()) {
            wake(); // a round is running right now; rows committed meanwhile get another one on the relay thread
            return 0;
        }
        int total = 0;
        try {
            OutboxRound.Result result;
            do {
                result = QuarkusTransaction.requiringNew()
                        .timeout((int) config.sendTimeout().toSeconds() * 2 + 30)
                        .call(this::oneRound);
                total += result.outcome().published().size();
                // a full batch that went out whole: more may wait; anything else waits for a wake-up or the timer
                // (no tight loop while the broker is away)
            } while (result.claimed() == config.batchRows() && result.outcome().failed() == null
                    && result.held() == 0 && !stopping);
            refreshBacklog();
        } catch (RuntimeException e) {
            lastFailure = e.toString();
            metrics.roundFailed();
            LOG.warnf("publishing the outbox failed, will retry: %s", e.toString());
        } finally {
            lock.unlock();
        }
        return total;
    }

    private OutboxRound.Result oneRound() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            OutboxRound.Result result = round.run(connection, config.batchRows());
            report(result.outcome());
            return result;
        }
    }

    /** Counts and logs a round's outcome, each line with the document (row subject) and trace it concerns. */
    private void report(OutboxSender.Outcome outcome) {
        for (OutboxRow row : outcome.published()) {
            metrics.published(row);
            if (row.subject() != null && !row.records().isEmpty()) {
                // one line per change about a document (rows without a subject hold many documents' events)
                withContext(row, () -> LOG.infof("%s published to %s", row.describe(), topics(row)));
            }
        }
        for (Map.Entry<OutboxRow, String> given : outcome.givenUp().entrySet()) {
            OutboxRow row = given.getKey();
            metrics.failed(row, "refused");
            withContext(row, () -> LOG.errorf("%s given up: %s", row.describe(), given.getValue()));
        }
        if (outcome.failed() != null) {
            OutboxRow row = outcome.failed();
            metrics.failed(row, "unacknowledged");
            lastFailure = outcome.failure();
            withContext(row, () -> LOG.warnf("outbox: %s; it and the rows behind it are sent again later",
                    outcome.failure()));
        } else {
            lastFailure = null;
        }
    }

    private static String topics(OutboxRow row) {
        return String.join(", ", row.records().stream().map(OutboxRecord::topic).distinct().toList());
    }

    private void refreshBacklog() {
        long now = System.nanoTime();
        if (backlogCounted && now - backlogCountedAt < config.metricsRefresh().toNanos()) {
            return;
        }
        metrics.backlog(QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return store.pending(connection);
            }
        }));
        backlogCountedAt = now;
        backlogCounted = true;
    }

    /** This thread is not a request: the row brings the document id and trace id of its log lines. */
    private static void withContext(OutboxRow row, Runnable log) {
        if (row.subject() != null) {
            MDC.put("documentId", row.subject());
        }
        String traceId = TraceContext.traceId(row.traceparent());
        if (traceId != null) {
            MDC.put("traceId", traceId);
        }
        try {
            log.run();
        } finally {
            MDC.remove("documentId");
            MDC.remove("traceId");
        }
    }

    /** Skips the timer while the relay has not started (or is stopping). */
    @Singleton
    public static class NotRunning implements Scheduled.SkipPredicate {
        @Override
        public boolean test(ScheduledExecution execution) {
            return !running;
        }
    }
}
