package org.plantrack.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.ingest.domain.Document;
import org.plantrack.ingest.domain.OutboxEvent;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an upload lands in the database: the document and its outbox row, written by one statement.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_test"))
class DocumentStorageTest {

    /** Repetitive, so compression would shrink it to a fraction. */
    private static byte[] compressibleDocument() {
        String line = "到2025年，全市地区生产总值达到5000亿元，年均增长6%，城镇新增就业每年8万人以上。\n";
        return ("标记 " + UUID.randomUUID() + "\n" + line.repeat(200)).getBytes(StandardCharsets.UTF_8);
    }

    private static Response upload(byte[] body) {
        return given().contentType("text/plain; charset=UTF-8").queryParam("fileName", "plan.txt")
                .queryParam("region", "太原市").body(body).when().post("/documents");
    }

    @Test
    void anUploadWritesTheDocumentAndOneOutboxRowThatAnnounceTheSameRun() {
        byte[] body = compressibleDocument();
        Response response = upload(body);
        assertThat(response.statusCode()).isEqualTo(202);
        String id = response.jsonPath().getString("id");

        var records = TestTopics.recordsWithKey(Topics.DOCUMENTS_INGESTED, id, 1, Duration.ofSeconds(30),
                Duration.ofSeconds(2));
        assertThat(records).hasSize(1);
        DocumentIngestedV1 event = EventJson.fromBytes(records.get(0).value(), DocumentIngestedV1.class);

        QuarkusTransaction.requiringNew().run(() -> {
            Document d = Document.findById(id);
            assertThat(d.content).isEqualTo(body);
            assertThat(d.hintRegion).isEqualTo("太原市");
            assertThat(d.analysisRun).isEqualTo(1);
            List<OutboxEvent> rows = OutboxEvent.list("documentId", id);
            assertThat(rows).hasSize(1);
            OutboxEvent row = rows.get(0);
            // the event handed to the relay says what the rows say
            assertThat(row.eventId).isEqualTo(event.eventId());
            assertThat(row.topic).isEqualTo(Topics.DOCUMENTS_INGESTED);
            assertThat(row.messageKey).isEqualTo(id);
            assertThat(row.analysisRun).isEqualTo(event.analysisRun()).isEqualTo(1);
            assertThat(row.createdAt).isEqualTo(d.receivedAt).isEqualTo(event.receivedAt());
        });
    }

    @Test
    void theSameBytesAgainWriteNoSecondOutboxRow() {
        byte[] body = compressibleDocument();
        String id = upload(body).jsonPath().getString("id");
        Response again = upload(body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.jsonPath().getString("id")).isEqualTo(id);
        long rows = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("documentId", id));
        assertThat(rows).isEqualTo(1);
    }
}
