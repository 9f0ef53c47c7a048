package org.plantrack.targetservice.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.plantrack.events.DocumentDeletedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.MalformedEventException;
import org.plantrack.events.Topics;
import org.plantrack.observability.RecordContext;
import org.plantrack.retry.Retries;
import org.plantrack.retry.RetryPolicy;
import org.plantrack.targetservice.service.AggregationService;

import java.util.concurrent.CompletionStage;

/**
 * Retracts the indicators of deleted documents ({@link DocumentDeletedV1}, written by ingest-service). Deletions are
 * rare, so a record at a time. The retraction publishes RETRACTED indicator events and target updates through the
 * outbox like any indicator set; a record that cannot be read, or whose retraction keeps failing (the bounded
 * variant of the retry policy, docs/reliability.md "Retries"), goes to the dead-letter topic with the reason, and the record is acknowledged only after either.
 */
@ApplicationScoped
public class DocumentDeletionsConsumer {

    private static final Logger LOG = Logger.getLogger(DocumentDeletionsConsumer.class);

    private final AggregationService aggregation;
    private final RetryPolicy retry;
    private final Counter retracted;
    private final Counter deadLetters;

    public DocumentDeletionsConsumer(AggregationService aggregation, Retries retries, MeterRegistry registry) {
        this.aggregation = aggregation;
        this.retry = retries.bounded();
        this.retracted = Counter.builder("plantrack.target.documents.deleted").register(registry);
        this.deadLetters = Counter.builder("plantrack.dead.letters").tag("topic", Topics.DOCUMENTS_DELETED)
                .register(registry);
    }

    @Incoming("documents-deleted")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecord<String, byte[]> message) {
        @SuppressWarnings("unchecked")
        ConsumerRecord<String, byte[]> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> (ConsumerRecord<String, byte[]>) m.getRecord()).orElseThrow();
        DocumentDeletedV1 event;
        try {
            event = parse(record.value());
        } catch (MalformedEventException e) {
            return deadLetter(message, record, e);
        }
        try {
            RecordContext.run(record, () -> retry.run("retracting deleted document " + event.documentId(), () -> {
                AggregationService.Result result = aggregation.retractDocument(event.documentId(),
                        event.analysisRun());
                if (result.applied()) {
                    LOG.infof("document %s deleted: %d indicators retracted, %d targets changed",
                            event.documentId(), result.retracted(), result.targetsChanged());
                } else {
                    LOG.infof("deletion of document %s ignored: %s", event.documentId(), result.reason());
                }
            }));
        } catch (RuntimeException e) {
            return deadLetter(message, record, e);
        }
        retracted.increment();
        return message.ack();
    }

    private CompletionStage<Void> deadLetter(KafkaRecord<String, byte[]> message, ConsumerRecord<String, byte[]> record,
                                             RuntimeException reason) {
        RecordContext.run(record, () -> LOG.warnf("record %s-%d@%d (key %s) sent to the dead-letter topic: %s",
                record.topic(), record.partition(), record.offset(), record.key(), reason.getMessage()));
        deadLetters.increment();
        return message.nack(reason);
    }

    static DocumentDeletedV1 parse(byte[] value) {
        if (value == null) {
            throw new MalformedEventException("the record has no value", null);
        }
        DocumentDeletedV1 event = EventJson.fromBytes(value, DocumentDeletedV1.class);
        if (event.documentId() == null || event.documentId().isBlank()) {
            throw new MalformedEventException("DocumentDeletedV1 without documentId", null);
        }
        if (event.analysisRun() < 1) {
            throw new MalformedEventException("DocumentDeletedV1 of " + event.documentId()
                    + " without the run it supersedes (analysisRun " + event.analysisRun() + ")", null);
        }
        return event;
    }
}
