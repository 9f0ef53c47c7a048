package org.plantrack.targetservice.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.plantrack.targetservice.domain.OutboxEntry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes the outbox: right after each processed record and on a timer (which catches whatever a crash or a
 * broker outage left behind). Rows are taken with {@code for update skip locked}, so several instances never publish
 * the same row at once, and deleted only after the broker acknowledged them: delivery is at least once.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final int BATCH = 200;

    @Inject
    @Channel("events-out")
    MutinyEmitter<byte[]> emitter;

    @Inject
    EntityManager em;

    private final ReentrantLock lock = new ReentrantLock();

    /** Publishes every pending event; returns how many were published. Never throws. */
    public int drain() {
        if (!lock.tryLock()) {
            return 0; // another thread of this instance is publishing already
        }
        int total = 0;
        try {
            int n;
            do {
                n = QuarkusTransaction.requiringNew().call(this::publishBatch);
                total += n;
            } while (n == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("publishing the outbox failed, will retry: %s", e.toString());
        } finally {
            lock.unlock();
        }
        return total;
    }

    @Scheduled(every = "${plantrack.outbox.interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDrain() {
        drain();
    }

    private int publishBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEntry> batch = em.createNativeQuery(
                        "select * from outbox order by id limit " + BATCH + " for update skip locked", OutboxEntry.class)
                .getResultList();
        for (OutboxEntry e : batch) {
            OutgoingKafkaRecordMetadata<String> meta = OutgoingKafkaRecordMetadata.<String>builder()
                    .withTopic(e.topic).withKey(e.messageKey).build();
            emitter.sendMessageAndAwait(Message.of(e.payload.getBytes(StandardCharsets.UTF_8)).addMetadata(meta));
            em.remove(e);
        }
        return batch.size();
    }
}
