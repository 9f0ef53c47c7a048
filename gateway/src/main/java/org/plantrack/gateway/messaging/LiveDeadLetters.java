package org.plantrack.gateway.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.plantrack.events.DeadLetterRecords;
import org.plantrack.events.Topics;
import org.plantrack.retry.DeadLetterSenders;

/**
 * Records an unreadable live-event record on {@code plantrack.dlq.gateway}, as the messaging connector's
 * dead-letter strategy did while records were consumed one by one: same key, value and headers, plus the
 * {@code dead-letter-*} headers naming the reason and where it came from. The live consumers take whole polls, so a
 * bad record is set aside here and the good ones of its poll still reach the streams. It is sent without waiting
 * (a live stream must not stall on it) through the retry module's one dead-letter producer ({@link DeadLetterSenders},
 * made at the first dead letter: usually there is none).
 */
@ApplicationScoped
public class LiveDeadLetters {

    private static final Logger LOG = Logger.getLogger(LiveDeadLetters.class);

    @Inject
    MeterRegistry metrics;

    @Inject
    DeadLetterSenders deadLetters;

    public void record(ConsumerRecord<String, String> record, RuntimeException cause) {
        metrics.counter("plantrack.dead.letters", "topic", record.topic()).increment();
        LOG.warnf("unreadable record %s-%d@%d set aside on %s: %s", record.topic(), record.partition(),
                record.offset(), Topics.DLQ_GATEWAY, cause.getMessage());
        var dead = DeadLetterRecords.of(Topics.DLQ_GATEWAY, record, String.valueOf(cause.getMessage()));
        dead.headers().add(DeadLetterRecords.EXCEPTION_CLASS_NAME, DeadLetterRecords.utf8(cause.getClass().getName()));
        if (cause.getCause() != null) {
            dead.headers().add(DeadLetterRecords.CAUSE, DeadLetterRecords.utf8(cause.getCause().getMessage()));
        }
        // the value as the bytes it came as (UTF-8, as the consumer's StringDeserializer read them)
        var asBytes = new ProducerRecord<>(dead.topic(), dead.partition(), dead.timestamp(), dead.key(),
                dead.value() == null ? null : DeadLetterRecords.utf8(dead.value()), dead.headers());
        try {
            deadLetters.sendWithoutWaiting(asBytes, (metadata, error) -> {
                if (error != null) {
                    LOG.errorf(error, "could not record %s-%d@%d on %s", record.topic(), record.partition(),
                            record.offset(), Topics.DLQ_GATEWAY);
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not record %s-%d@%d on %s", record.topic(), record.partition(), record.offset(),
                    Topics.DLQ_GATEWAY);
        }
    }

}
