package org.plantrack.targetservice.messaging;

import io.micrometer.core.instrument.Counter;
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
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.plantrack.targetservice.domain.OutboxChange;
import org.plantrack.targetservice.repository.OutboxRepository;
import org.plantrack.targetservice.service.OutboxWritten;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes the outbox from one publisher thread, woken right after every commit that wrote a row (a CDI event
 * observed AFTER_SUCCESS) and by a timer (the safety net for whatever a crash or a broker outage left behind).
 * A row holds every event of one applied indicator set (migration V5). Rows are taken in id order with
 * {@code for update skip locked}, so several instances never publish the same row at once; a whole batch is sent,
 * all acknowledgements awaited, and the rows whose records were all acknowledged are deleted in one statement
 * ({@link OutboxSender}: at least once, in order per key, a row with a failed record re-sent whole later).
 * <p>
 * Nothing runs before the application has started, nor while it shuts down: the timer fired earlier used to fail
 * with a closed EntityManagerFactory.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    /** Rows per round; each is a whole document's events (~130 records for a plan with 69 indicators). */
    @ConfigProperty(name = "plantrack.outbox.batch-rows", defaultValue = "20")
    int batchRows;

    @ConfigProperty(name = "plantrack.outbox.send-timeout", defaultValue = "PT30S")
    Duration sendTimeout;

    @Inject
    Producer<String, byte[]> producer;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private final ReentrantLock lock = new ReentrantLock();
    /** Wake-up signals; permits coalesce so a burst of commits costs one extra round, not one per commit. */
    private final Semaphore wakeUps = new Semaphore(0);
    /** Set once this bean's StartupEvent observer ran. */
    private static volatile boolean running;
    private volatile boolean started;
    private volatile boolean stopping;
    /** Why the last round could not publish everything it took (null: it could); read by the readiness check. */
    private volatile String lastFailure;
    private Thread worker;
    private OutboxSender sender;
    private Counter publishedRecords;
    private Counter failedRounds;

    void onStart(@Observes StartupEvent event) {
        // the sender waits a little longer than the producer's own delivery timeout, which always ends a send
        sender = new OutboxSender(producer, sendTimeout.plusSeconds(5));
        publishedRecords = registry.counter("plantrack.target.outbox.published");
        failedRounds = registry.counter("plantrack.target.outbox.failed.rounds");
        started = true;
        running = true;
        worker = new Thread(this::run, "outbox-publisher");
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
                t.join(5_000);
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
    void scheduledDrain() {
        wake();
    }

    /** Asks the publisher thread for a round; returns at once. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Null while the outbox goes out; else why the last round left rows behind. */
    public String lastFailure() {
        return lastFailure;
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
                LOG.warnf("outbox publisher round failed, will retry: %s", e.toString());
            }
        }
    }

    /** Publishes every pending row on the calling thread; returns how many rows were published. Never throws. */
    public int drain() {
        return drain(false);
    }

    private int drain(boolean publisherThread) {
        if (!started || stopping) {
            return 0; // not started yet, or being torn down: the next round after start does it
        }
        if (publisherThread) {
            lock.lock();
        } else if (!lock.tryLock()) {
            wake(); // someone is publishing right now; rows committed meanwhile get another round on the thread
            return 0;
        }
        int total = 0;
        try {
            int n;
            do {
                n = QuarkusTransaction.requiringNew().timeout((int) sendTimeout.toSeconds() * 2 + 30)
                        .call(this::publishBatch);
                total += n;
            } while (n == batchRows && !stopping);
        } catch (RuntimeException e) {
            lastFailure = e.toString();
            failedRounds.increment();
            LOG.warnf("publishing the outbox failed, will retry: %s", e.toString());
        } finally {
            lock.unlock();
        }
        return total;
    }

    /** Sends one batch of rows, awaits every acknowledgement, deletes the published rows; returns how many. */
    private int publishBatch() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<OutboxChange> rows = OutboxRepository.lockOldest(connection, batchRows);
            if (rows.isEmpty()) {
                lastFailure = null;
                return 0;
            }
            OutboxSender.Outcome outcome = sender.send(rows);
            OutboxRepository.delete(connection, outcome.published());
            publishedRecords.increment(outcome.records());
            if (outcome.failure() != null) {
                // commit the deletion of what went out; the rest stays and is sent again, whole, on a later round
                // (the timer brings it: no tight loop while the broker is away)
                lastFailure = outcome.failure();
                failedRounds.increment();
                LOG.warnf("published %d of %d outbox rows: %s", outcome.published().size(), rows.size(),
                        outcome.failure());
                return 0;
            }
            lastFailure = null;
            return rows.size();
        });
    }

    /** Skips the timer while the publisher has not started (or is stopping). */
    @Singleton
    public static class NotRunning implements Scheduled.SkipPredicate {
        @Override
        public boolean test(ScheduledExecution execution) {
            return !running;
        }
    }
}
