package org.plantrack.nlpservice.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.plantrack.events.Topics;
import org.plantrack.retry.DeadLetterSender;
import org.plantrack.retry.DeadLetterSenders;

/**
 * Writes one consumed record to {@code plantrack.dlq.nlp-service} byte for byte, with the headers the connector's
 * dead-letter strategy writes (reason, origin topic/partition/offset), and waits for the broker's acknowledgement.
 * The consumer does this itself, record by record, because it consumes whole polls: the connector's strategy would
 * send the entire poll to the dead-letter topic for one bad record. The producer and its settings are the retry
 * module's ({@link DeadLetterSenders}, {@code plantrack.dead-letter.*}), shared with ingest-service.
 */
@ApplicationScoped
public class DeadLetters {

    private final DeadLetterSenders senders;

    public DeadLetters(DeadLetterSenders senders) {
        this.senders = senders;
    }

    /**
     * Sends {@code record} to the dead-letter topic, retried until the broker acknowledged it (the until-done
     * variant of the retry policy, {@link DeadLetterSender}): the poll is acknowledged only afterwards, so the record
     * is never lost. Throws only when the service stops (the poll is then not acknowledged and is delivered again
     * after the restart). @return false when the broker refuses it for good (logged)
     */
    public boolean send(ConsumerRecord<String, byte[]> record, String reason) {
        return senders.to(Topics.DLQ_NLP).send(record, reason);
    }

}
