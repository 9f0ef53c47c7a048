package org.plantrack.ingest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.plantrack.ingest.DocumentLifecycleTest.analysed;
import static org.plantrack.ingest.DocumentLifecycleTest.awaitState;
import static org.assertj.core.api.Assertions.assertThat;

/** The one-off backfill of documents analysed before their cleaned text was stored (migration V4). */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_test"))
class MissingTextBackfillTest {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    /** How long to keep reading once the expected records arrived, so a duplicate would be seen. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    @Test
    void documentsWithoutCleanedTextAreQueuedOnceAndOthersAreLeftAlone() {
        // analysed without text, as every document analysed before V4 was stored; three, so the batches of two
        // (%test batch size) need a second read
        String legacy1 = analysedDocument(null);
        String legacy2 = analysedDocument(null);
        String legacy3 = analysedDocument(null);
        String withText = analysedDocument("清洗后的文本：到2025年，森林覆盖率达到25%。");
        assertThat(given().get("/documents/" + legacy1 + "/text").statusCode()).isEqualTo(409);

        Response first = given().post("/documents/reanalyze-missing-text");
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.jsonPath().getInt("queued")).as("the three documents without text, and no other")
                .isEqualTo(3);
        assertThat(first.jsonPath().getInt("batches")).isGreaterThanOrEqualTo(2);

        for (String id : List.of(legacy1, legacy2, legacy3)) {
            Response doc = given().get("/documents/" + id);
            assertThat(doc.jsonPath().getString("state")).isEqualTo("RECEIVED");
            assertThat(doc.jsonPath().getInt("analysisRun")).isEqualTo(2);
        }
        Response untouched = given().get("/documents/" + withText);
        assertThat(untouched.jsonPath().getString("state")).isEqualTo("ANALYZED");
        assertThat(untouched.jsonPath().getInt("analysisRun")).isEqualTo(1);
        assertThat(given().get("/documents/" + withText + "/text").asString()).startsWith("清洗后的文本");

        // idempotent: the queued documents are no longer ANALYZED without text
        Response second = given().post("/documents/reanalyze-missing-text");
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(second.jsonPath().getInt("queued")).isZero();

        // exactly one new run each went out through the outbox, and none for the document with text
        for (String id : List.of(legacy1, legacy2, legacy3)) {
            var runs = TestTopics.recordsWithKey(Topics.DOCUMENTS_INGESTED, id, 2, EVENT_TIMEOUT, SETTLE);
            assertThat(runs).extracting(r -> EventJson.fromBytes(r.value(), DocumentIngestedV1.class).analysisRun())
                    .containsExactly(1, 2);
        }
        assertThat(TestTopics.recordsWithKey(Topics.DOCUMENTS_INGESTED, withText, 1, EVENT_TIMEOUT, SETTLE))
                .hasSize(1);

        // the new run's text arrives and the text endpoint serves it
        TestTopics.publish(Topics.DOCUMENTS_ANALYZED, legacy1,
                EventJson.toBytes(analysed(legacy1, 2, "生态环境保护规划", "补回的文本")));
        awaitState(legacy1, "ANALYZED");
        assertThat(given().get("/documents/" + legacy1 + "/text").asString()).isEqualTo("补回的文本");
    }

    private static String analysedDocument(String cleanedText) {
        byte[] body = ("某县生态环境保护规划\n到2025年，森林覆盖率达到25%。\n标记 " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        String id = given().contentType("text/plain").body(body).post("/documents").jsonPath().getString("id");
        TestTopics.publish(Topics.DOCUMENTS_ANALYZED, id,
                EventJson.toBytes(analysed(id, 1, "生态环境保护规划", cleanedText)));
        awaitState(id, "ANALYZED");
        return id;
    }
}
