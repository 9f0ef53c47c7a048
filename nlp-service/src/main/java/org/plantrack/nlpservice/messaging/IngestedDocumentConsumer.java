package org.plantrack.nlpservice.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.MalformedEventException;
import org.plantrack.events.Topics;
import org.plantrack.nlpservice.service.AnalysisOutcome;
import org.plantrack.nlpservice.service.AnalysisService;
import org.plantrack.observability.RecordContext;

/**
 * Consumes ingested documents. The value is read as raw bytes and parsed here (not by a Kafka deserializer) so that
 * a poison record reaches the dead-letter topic byte for byte, with the reason in its headers. The analysis runs on
 * a worker thread ({@link Blocking}); the record is acknowledged (its offset committed) only after both outgoing
 * events were acknowledged by the broker.
 */
@ApplicationScoped
public class IngestedDocumentConsumer {

    private static final Logger LOG = Logger.getLogger(IngestedDocumentConsumer.class);

    private final AnalysisService analysis;
    private final AnalysisPublisher publisher;
    private final Counter deadLetters;
    private final Counter deadLettersByTopic;

    public IngestedDocumentConsumer(AnalysisService analysis, AnalysisPublisher publisher, MeterRegistry registry) {
        this.analysis = analysis;
        this.publisher = publisher;
        this.deadLetters = Counter.builder("plantrack.nlp.dead.letters")
                .description("ingested records that could not be read and went to the dead-letter topic")
                .register(registry);
        // the same count under the name every service uses (plantrack_dead_letters_total{topic} on the dashboard)
        this.deadLettersByTopic = Counter.builder("plantrack.dead.letters").tag("topic", Topics.DOCUMENTS_INGESTED)
                .register(registry);
    }

    @Incoming("documents-in")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        // every line logged for this record carries its document id (the key); the outputs continue its trace
        RecordContext.run(record, () -> process(record));
    }

    private void process(ConsumerRecord<String, byte[]> record) {
        DocumentIngestedV1 doc;
        try {
            doc = parse(record.value());
        } catch (MalformedEventException e) {
            deadLetters.increment();
            deadLettersByTopic.increment();
            LOG.warnf("record %s-%d@%d (key %s) is not a DocumentIngestedV1, sending it to the dead-letter topic: %s",
                    record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
            failDocumentIfIdentifiable(record.value(), e.getMessage());
            throw e; // nack: the failure strategy writes the record to plantrack.dlq.nlp-service
        }
        long t0 = System.nanoTime();
        AnalysisOutcome outcome = analysis.analyse(doc);
        publisher.publish(outcome);
        LOG.infof("document %s run %d: %s, %d indicators (%d ms)", doc.documentId(), doc.analysisRun(),
                outcome.analyzed().outcome(), outcome.indicators() == null ? 0 : outcome.indicators().indicators().size(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    static DocumentIngestedV1 parse(byte[] value) {
        if (value == null) {
            throw new MalformedEventException("the record has no value", null);
        }
        DocumentIngestedV1 doc = EventJson.fromBytes(value, DocumentIngestedV1.class);
        if (doc.documentId() == null || doc.documentId().isBlank()) {
            throw new MalformedEventException("DocumentIngestedV1 without documentId", null);
        }
        return doc;
    }

    /**
     * A record that is JSON but not a valid event may still name its document: then that document is marked FAILED
     * so its owner sees why, besides the record going to the dead-letter topic.
     */
    private void failDocumentIfIdentifiable(byte[] value, String reason) {
        if (value == null) {
            return;
        }
        try {
            JsonNode tree = EventJson.mapper().readTree(value);
            JsonNode id = tree == null ? null : tree.get("documentId");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                return;
            }
            int run = tree.path("analysisRun").asInt(0);
            publisher.publish(new AnalysisOutcome(DocumentAnalyzedV1.failed(id.asText(), run,
                    "the ingested event could not be read: " + reason), null));
        } catch (Exception ignored) {
            // not even JSON: no document to fail, the dead-letter topic has the record
        }
    }
}
