package org.plantrack.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * How an upload lands in the database: the document and its outbox row written by one statement, and the large
 * columns stored without pglz compression work in the server (V5__document_text_storage.sql).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_test"))
class DocumentStorageTest {

    @Inject
    EntityManager em;

    /** Repetitive enough that pglz would shrink it to a fraction (it did before V5). */
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
            List<OutboxEvent> rows = OutboxEvent.list("documentId = ?1 and topic = ?2", id, Topics.DOCUMENTS_INGESTED);
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
        long rows = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("documentId = ?1 and topic = ?2", id,
                Topics.DOCUMENTS_INGESTED));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void contentAndCleanedTextAreStoredWithLz4WhenTheServerHasItElseUncompressed() {
        byte[] body = compressibleDocument();
        String id = upload(body).jsonPath().getString("id");
        QuarkusTransaction.requiringNew().run(() -> {
            boolean lz4 = (Boolean) em.createNativeQuery("select 'lz4' = any (enumvals) from pg_settings "
                    + "where name = 'default_toast_compression'").getSingleResult();
            @SuppressWarnings("unchecked")
            List<Object[]> columns = em.createNativeQuery("select attname::text, attstorage::text, attcompression::text "
                    + "from pg_attribute where attrelid = 'documents'::regclass "
                    + "and attname in ('content', 'cleaned_text') order by attname").getResultList();
            assertThat(columns).hasSize(2);
            for (Object[] column : columns) {
                String storageAndCompression = column[1] + "/" + column[2];
                // lz4: compressed out of line (extended, lz4); without it out of line, uncompressed (external)
                assertThat(storageAndCompression).as(column[0] + " storage/compression")
                        .isEqualTo(lz4 ? "x/l" : "e/");
            }
            Object[] stored = (Object[]) em.createNativeQuery("select pg_column_size(content), "
                    + "pg_column_compression(content) from documents where id = :id")
                    .setParameter("id", id).getSingleResult();
            int storedBytes = ((Number) stored[0]).intValue();
            if (lz4) {
                assertThat(stored[1]).isEqualTo("lz4");
            } else {
                // pglz would have stored this repetitive text in a fraction of its size
                assertThat(stored[1]).isNull();
                assertThat(storedBytes).isGreaterThanOrEqualTo(body.length);
            }
        });
    }
}
