package org.plantrack.targetservice.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.plantrack.targetservice.domain.OutboxEntry;
import org.plantrack.targetservice.service.OutboxWritten;
import org.plantrack.observability.TraceContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes the outbox from one publisher thread, woken right after every commit that wrote rows (a CDI event
 * observed AFTER_SUCCESS) and by a timer (the safety net for whatever a crash or a broker outage left behind).
 * Rows are taken in id order with {@code for update skip locked}, so several instances never publish the same row at
 * once; a whole batch is sent, then all acknowledgements are awaited, then the acknowledged rows are deleted in one
 * statement. Delivery is at least once.
 * <p>
 * Order per key: the batch is handed to one Kafka producer in id order (the order the rows were written); the
 * producer is idempotent (acks=all, at most 5 requests in flight, the Kafka default) so records of one partition
 * land in the order they were sent, retries included. If a send fails, only the rows before the first failure are
 * deleted; the rest is sent again, in order, on the next round.
 * <p>
 * Nothing runs before the application (and with it the messaging channels) has started, nor while it shuts down:
 * the timer fired earlier used to fail with "Unable to connect an emitter" or a closed EntityManagerFactory.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final int BATCH = 200;
    private static final long ACK_TIMEOUT_SECONDS = 60;

    @Inject
    @Channel("events-out")
    MutinyEmitter<byte[]> emitter;

    @Inject
    EntityManager em;

    private final ReentrantLock lock = new ReentrantLock();
    /** Wake-up signals; permits coalesce so a burst of commits costs one extra round, not one per commit. */
    private final Semaphore wakeUps = new Semaphore(0);
    /** Set once this bean's StartupEvent observer ran, i.e. after the messaging extension wired the channels. */
    private static volatile boolean running;
    private volatile boolean started;
    private volatile boolean stopping;
    private Thread worker;
    /** A plain thread (no CDI or transaction context) that hands records to the producer; see send(). */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-sender");
        t.setDaemon(true);
        return t;
    });

    // after the messaging extension's own StartupEvent observer (library priority), so the channel is connected
    void onStart(@Observes StartupEvent event) {
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
        sender.shutdown();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wake();
    }

    // skipExecutionIf: calling this method through its proxy would create the bean, and with it the emitter, before
    // the messaging channels exist; the predicate reads a static flag and creates nothing
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

    /** Publishes every pending event on the calling thread; returns how many were published. Never throws. */
    public int drain() {
        return drain(false);
    }

    private int drain(boolean publisherThread) {
        if (!started || stopping) {
            return 0; // messaging not connected yet, or being torn down: the next round after start does it
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
                n = QuarkusTransaction.requiringNew().call(this::publishBatch);
                total += n;
            } while (n == BATCH && !stopping);
        } catch (RuntimeException e) {
            LOG.warnf("publishing the outbox failed, will retry: %s", e.toString());
        } finally {
            lock.unlock();
        }
        return total;
    }

    /** Sends one batch, awaits every acknowledgement, deletes the acknowledged prefix; returns the rows deleted. */
    private int publishBatch() {
        List<OutboxEntry> batch = em.createNativeQuery(
                        "select * from outbox order by id limit " + BATCH + " for update skip locked", OutboxEntry.class)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = send(batch);
        List<Long> acknowledged = new ArrayList<>(batch.size());
        RuntimeException failure = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ACK_TIMEOUT_SECONDS);
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (failure == null) {
                    acknowledged.add(batch.get(i).id);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while awaiting acknowledgements", e);
                break;
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("outbox row " + batch.get(i).id + " was not acknowledged: " + e,
                            e);
                }
            }
        }
        if (!acknowledged.isEmpty()) {
            em.createQuery("delete from OutboxEntry e where e.id in :ids").setParameter("ids", acknowledged)
                    .executeUpdate();
        }
        if (failure != null) {
            // commit the deletion of what was acknowledged; the rest stays and is sent again on the next round
            // (the timer brings the next attempt: no tight loop while the broker is away)
            LOG.warnf("published %d of %d outbox rows: %s", acknowledged.size(), batch.size(), failure.getMessage());
            return 0;
        }
        return acknowledged.size();
    }

    /**
     * Hands the batch to the producer, in id order, from a thread outside this transaction. Subscribing here would
     * propagate the transaction into the acknowledgement callbacks on Kafka's threads; one still running when this
     * thread commits made the commit fail under load ("commit invoked while multiple threads active"), and the
     * already-published rows were then sent again.
     */
    private List<CompletableFuture<Void>> send(List<OutboxEntry> batch) {
        try {
            return sender.submit(() -> {
                List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
                for (OutboxEntry e : batch) {
                    OutgoingKafkaRecordMetadata<String> meta = OutgoingKafkaRecordMetadata.<String>builder()
                            .withTopic(e.topic).withKey(e.messageKey).build();
                    // subscribing sends: records are handed to the producer in id order
                    Message<byte[]> message = Message.of(e.payload.getBytes(StandardCharsets.UTF_8)).addMetadata(meta);
                    if (e.traceparent != null) {
                        message = message.addMetadata(TracingMetadata.withCurrent(TraceContext.parse(e.traceparent)));
                    }
                    acks.add(emitter.sendMessage(message).subscribeAsCompletionStage());
                }
                return acks;
            }).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending the outbox", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("sending the outbox failed: " + e, e);
        }
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
