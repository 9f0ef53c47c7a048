package org.plantrack.nlpservice.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.opentelemetry.context.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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
import org.plantrack.retry.GivenUpException;

import java.util.ArrayList;
import java.util.List;

/**
 * Consumes ingested documents a poll at a time. Each record's value is read as raw bytes and parsed here (not by a
 * Kafka deserializer) so that a poison record reaches the dead-letter topic byte for byte, with the reason in its
 * headers. The poll's documents are analysed one after the other on a worker thread ({@link Blocking}), each in its
 * record's context (documentId in the logs, its trace continued); then every outgoing record of the poll is sent and
 * the acknowledgements awaited together ({@link AnalysisPublisher#publishAll}); unreadable records and records whose
 * outputs could not be published go to the dead-letter topic (the latter's runs end FAILED with the reason, so their
 * documents do not wait for good); only then is the poll acknowledged (offsets committed).
 * Per document that saves a worker hand-off, two waits for the broker and an offset commit.
 */
@ApplicationScoped
public class IngestedDocumentConsumer {

    private static final Logger LOG = Logger.getLogger(IngestedDocumentConsumer.class);

    private final AnalysisService analysis;
    private final AnalysisPublisher publisher;
    private final DeadLetters deadLetterTopic;
    private final Counter deadLetters;
    private final Counter deadLettersByTopic;

    /** One record of a poll: what to publish for it (may be null), and why it is a dead letter (null if it is not). */
    private record Item(ConsumerRecord<String, byte[]> record, AnalysisPublisher.Outgoing outgoing, String deadLetter,
                        long analysisMs) {
    }

    public IngestedDocumentConsumer(AnalysisService analysis, AnalysisPublisher publisher, DeadLetters deadLetterTopic,
                                    MeterRegistry registry) {
        this.analysis = analysis;
        this.publisher = publisher;
        this.deadLetterTopic = deadLetterTopic;
        this.deadLetters = Counter.builder("plantrack.nlp.dead.letters")
                .description("ingested records that could not be read and went to the dead-letter topic")
                .register(registry);
        // the same count under the name every service uses (plantrack_dead_letters_total{topic} on the dashboard)
        this.deadLettersByTopic = Counter.builder("plantrack.dead.letters").tag("topic", Topics.DOCUMENTS_INGESTED)
                .register(registry);
    }

    @Incoming("documents-in")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<Item> items = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            // every line logged for this record carries its document id (the key); the outputs continue its trace
            RecordContext.run(record, () -> items.add(analyse(record)));
        }
        List<AnalysisPublisher.Outgoing> outgoing = new ArrayList<>(items.size());
        List<Integer> published = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).outgoing() != null) {
                outgoing.add(items.get(i).outgoing());
                published.add(i);
            }
        }
        List<GivenUpException> failures = publisher.publishAll(outgoing);
        List<AnalysisPublisher.Outgoing> unpublished = new ArrayList<>();
        for (int n = 0; n < published.size(); n++) {
            int i = published.get(n);
            Item item = items.get(i);
            if (item.deadLetter() != null) {
                continue; // the FAILED outcome of an unreadable record is best effort: the record itself is kept
            }
            GivenUpException failure = failures.get(n);
            if (failure != null) {
                // published for good nowhere: the run ends FAILED with the reason, the record goes to the
                // dead-letter topic with it
                items.set(i, new Item(item.record(), item.outgoing(), failure.getMessage(), item.analysisMs()));
                unpublished.add(new AnalysisPublisher.Outgoing(
                        UnpublishedResult.failedOutcome(item.outgoing().outcome(), failure), item.outgoing().trace()));
            } else {
                RecordContext.run(item.record(), () -> logPublished(item));
            }
        }
        if (!unpublished.isEmpty()) {
            publisher.publishFailures(unpublished);
        }
        for (Item item : items) {
            if (item.deadLetter() != null) {
                deadLetter(item);
            }
        }
        // returning acknowledges the poll: every record's outputs or its dead letter are in the broker by now
    }

    private Item analyse(ConsumerRecord<String, byte[]> record) {
        DocumentIngestedV1 doc;
        try {
            doc = parse(record.value());
        } catch (MalformedEventException e) {
            String reason = e.getMessage() == null ? "the record is not a DocumentIngestedV1" : e.getMessage();
            LOG.warnf("record %s-%d@%d (key %s) is not a DocumentIngestedV1, sending it to the dead-letter topic: %s",
                    record.topic(), record.partition(), record.offset(), record.key(), reason);
            AnalysisOutcome failed = failedIfIdentifiable(record.value(), reason);
            return new Item(record, failed == null ? null : new AnalysisPublisher.Outgoing(failed, Context.current()),
                    reason, 0);
        }
        long t0 = System.nanoTime();
        AnalysisOutcome outcome = analysis.analyse(doc);
        return new Item(record, new AnalysisPublisher.Outgoing(outcome, Context.current()), null,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private void logPublished(Item item) {
        AnalysisOutcome outcome = item.outgoing().outcome();
        DocumentAnalyzedV1 analyzed = outcome.analyzed();
        LOG.infof("document %s run %d: %s, %d indicators (%d ms)", analyzed.documentId(), analyzed.analysisRun(),
                analyzed.outcome(), outcome.indicators() == null ? 0 : outcome.indicators().indicators().size(),
                item.analysisMs());
    }

    private void deadLetter(Item item) {
        ConsumerRecord<String, byte[]> record = item.record();
        if (!deadLetterTopic.send(record, item.deadLetter())) {
            return; // refused for good, logged: the record stays only on its own topic
        }
        deadLetters.increment();
        deadLettersByTopic.increment();
        RecordContext.run(record, () -> LOG.warnf("record %s-%d@%d (key %s) sent to the dead-letter topic: %s",
                record.topic(), record.partition(), record.offset(), record.key(), item.deadLetter()));
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
     * so its owner sees why, besides the record going to the dead-letter topic. @return the FAILED outcome, or null
     */
    private static AnalysisOutcome failedIfIdentifiable(byte[] value, String reason) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode tree = EventJson.mapper().readTree(value);
            JsonNode id = tree == null ? null : tree.get("documentId");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                return null;
            }
            int run = tree.path("analysisRun").asInt(0);
            return new AnalysisOutcome(DocumentAnalyzedV1.failed(id.asText(), run,
                    "the ingested event could not be read: " + reason), null);
        } catch (Exception ignored) {
            return null; // not even JSON: no document to fail, the dead-letter topic has the record
        }
    }
}
