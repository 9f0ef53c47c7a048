package org.plantrack.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.ingest.domain.Document;
import org.plantrack.ingest.domain.DocumentState;
import org.plantrack.ingest.domain.OutboxEvent;
import org.plantrack.ingest.service.ContentHash;
import org.plantrack.ingest.service.DocumentService;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox relay publishes the event an upload handed over after its commit, without reading the document back,
 * and still publishes rows nobody handed over (as after a restart) from the table. The rows are written here the
 * way an upload writes them, so the two cases can be told apart by what gets published.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_test"))
class OutboxHandOffTest {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Event<DocumentService.OutboxEnqueued> outboxEnqueued;

    @Test
    void theHandedOverEventIsPublishedWithoutReadingTheDocumentBack() {
        byte[] stored = content("表中的内容");
        byte[] handedOver = content("交给中继的内容");
        String[] ids = new String[2];
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = storeDocument(stored);
            OutboxEvent row = storeRow(d);
            // what an upload hands over is built from the request; here it differs from the row on purpose, so the
            // published record shows which of the two the relay used
            outboxEnqueued.fire(new DocumentService.OutboxEnqueued(row.id, new DocumentIngestedV1(row.eventId,
                    DocumentIngestedV1.SCHEMA_VERSION, d.id, d.contentHash, d.fileName, d.contentType,
                    handedOver.length, handedOver, DocumentHintsV1.none(), row.analysisRun, d.receivedAt)));
            ids[0] = d.id;
            ids[1] = row.eventId;
        });

        DocumentIngestedV1 published = publishedEvent(ids[0]);
        assertThat(published.content()).isEqualTo(handedOver);
        assertThat(published.eventId()).isEqualTo(ids[1]);
        assertSent(ids[0]);
    }

    @Test
    void aRowNobodyHandedOverIsPublishedFromTheTable() {
        byte[] stored = content("重启前写入的内容");
        String[] ids = new String[2];
        Instant[] receivedAt = new Instant[1];
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = storeDocument(stored);
            OutboxEvent row = storeRow(d);
            // a commit wakes the relay, but with nothing handed over: a restarted service finds rows like this one
            outboxEnqueued.fire(new DocumentService.OutboxEnqueued(row.id, null));
            ids[0] = d.id;
            ids[1] = row.eventId;
            receivedAt[0] = d.receivedAt;
        });

        DocumentIngestedV1 published = publishedEvent(ids[0]);
        assertThat(published.content()).isEqualTo(stored);
        assertThat(published.eventId()).isEqualTo(ids[1]);
        assertThat(published.analysisRun()).isEqualTo(1);
        assertThat(published.sizeBytes()).isEqualTo(stored.length);
        assertThat(published.hints().region()).isEqualTo("太原市");
        assertThat(published.receivedAt()).isEqualTo(receivedAt[0]);
        assertSent(ids[0]);
    }

    private static byte[] content(String marker) {
        return ("某市国民经济和社会发展第十四个五年规划纲要\n" + marker + " " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Document storeDocument(byte[] content) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = ContentHash.sha256Hex(content);
        Document d = new Document();
        d.id = ContentHash.documentId(hash);
        d.contentHash = hash;
        d.contentType = "text/plain";
        d.fileName = d.id + ".txt";
        d.sizeBytes = content.length;
        d.content = content;
        d.state = DocumentState.RECEIVED;
        d.analysisRun = 1;
        d.hintRegion = "太原市";
        d.receivedAt = now;
        d.updatedAt = now;
        d.persist();
        return d;
    }

    private static OutboxEvent storeRow(Document d) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = EventIds.newId();
        row.topic = Topics.DOCUMENTS_INGESTED;
        row.messageKey = d.id;
        row.documentId = d.id;
        row.analysisRun = d.analysisRun;
        row.createdAt = d.receivedAt;
        row.persist();
        return row;
    }

    private static DocumentIngestedV1 publishedEvent(String documentId) {
        List<ConsumerRecord<String, byte[]>> records = TestTopics.recordsWithKey(Topics.DOCUMENTS_INGESTED,
                documentId, 1, EVENT_TIMEOUT, Duration.ofSeconds(2));
        assertThat(records).as("one record for " + documentId).hasSize(1);
        return EventJson.fromBytes(records.get(0).value(), DocumentIngestedV1.class);
    }

    private static void assertSent(String documentId) {
        // the record is on the broker a moment before the relay's transaction marks the row
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        OutboxEvent row;
        do {
            row = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("documentId = ?1 and topic = ?2",
                    documentId, Topics.DOCUMENTS_INGESTED).firstResult());
        } while (row.sentAt == null && System.nanoTime() < deadline && pause());
        assertThat(row.sentAt).isNotNull();
        assertThat(row.attempts).isEqualTo(1);
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
