package org.plantrack.retry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.plantrack.events.DeadLetterRecords;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Writes a consumed record to a dead-letter topic ({@link DeadLetterRecords}: byte for byte, reason and origin in
 * the headers) and waits for the broker's acknowledgement, retried with the until-done variant: the consumer
 * acknowledges its poll only afterwards, so a record is parked or processed, never neither. The services whose
 * consumers take whole polls use it (one bad record must not send its whole poll, which the connector's own
 * dead-letter strategy would).
 * <p>
 * A dead letter the broker refuses for a reason no retry can fix ({@link PermanentFailures}: larger than even the
 * dead-letter topic takes, writing not authorised) cannot be parked anywhere: it is logged at ERROR with the record's
 * topic, partition and offset (the record stays there, to be replayed) and the consumer moves on; waiting would stop
 * its partition for good.
 */
public final class DeadLetterSender {

    private static final Logger LOG = Logger.getLogger(DeadLetterSender.class);

    private final Producer<String, byte[]> producer;
    private final RetryPolicy untilDone;
    private final String deadLetterTopic;
    private final Duration sendTimeout;

    public DeadLetterSender(Producer<String, byte[]> producer, RetryPolicy untilDone, String deadLetterTopic,
                            Duration sendTimeout) {
        this.producer = producer;
        this.untilDone = untilDone;
        this.deadLetterTopic = deadLetterTopic;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Sends {@code record}'s dead letter and waits until the broker has it. Throws a {@link GivenUpException} only
     * when the service stops first (the poll is then not acknowledged and comes back after the restart).
     *
     * @return true once written, false when it could not be written for good (logged)
     */
    public boolean send(ConsumerRecord<String, byte[]> record, String reason) {
        ProducerRecord<String, byte[]> dead = DeadLetterRecords.of(deadLetterTopic, record, reason);
        try {
            untilDone.call("sending " + record.topic() + "-" + record.partition() + "@" + record.offset() + " to "
                    + deadLetterTopic, () -> producer.send(dead).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS));
            return true;
        } catch (GivenUpException e) {
            if (!e.permanent()) {
                throw e;
            }
            LOG.errorf("record %s-%d@%d (key %s) could not be parked on %s either, it stays only where it was: %s "
                    + "(it was a dead letter because: %s)", record.topic(), record.partition(), record.offset(),
                    record.key(), deadLetterTopic, e.getMessage(), reason);
            return false;
        }
    }
}
