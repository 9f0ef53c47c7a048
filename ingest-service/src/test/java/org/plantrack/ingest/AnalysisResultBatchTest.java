package org.plantrack.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.ingest.messaging.AnalysisResultConsumer;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The analysis-result consumer applies a poll's records as one batch. The batches here are handed to it directly,
 * so their composition is exactly what the test says (a poll's composition over a real broker is up to timing);
 * the records' way through the broker is covered by {@link DocumentLifecycleTest}.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_test"))
class AnalysisResultBatchTest {

    private static final TopicPartition PARTITION = new TopicPartition(Topics.DOCUMENTS_ANALYZED, 0);

    @Inject
    AnalysisResultConsumer consumer;

    @Inject
    MeterRegistry metrics;

    private long offset = 1_000_000;

    @Test
    void aPoisonRecordInTheMiddleOfABatchIsDeadLetteredAndTheOthersAreApplied() throws Exception {
        String first = uploadNew();
        String poisoned = uploadNew();
        String last = uploadNew();

        consumer.onResults(batch(
                record(first, EventJson.toBytes(DocumentLifecycleTest.analysed(first, 1, "第一篇", "正文一"))),
                record(poisoned, "{\"documentId\": 12".getBytes(StandardCharsets.UTF_8)),
                record(last, EventJson.toBytes(DocumentLifecycleTest.analysed(last, 1, "第三篇", "正文三")))));

        assertThat(document(first).jsonPath().getString("state")).isEqualTo("ANALYZED");
        assertThat(document(first).jsonPath().getString("title")).isEqualTo("第一篇");
        assertThat(document(last).jsonPath().getString("state")).isEqualTo("ANALYZED");
        assertThat(given().get("/documents/" + last + "/text").asString()).isEqualTo("正文三");
        Response failed = document(poisoned);
        assertThat(failed.jsonPath().getString("state")).isEqualTo("FAILED");
        assertThat(failed.jsonPath().getString("failureReason")).startsWith("analysis result unreadable");

        // only the poison record is a dead letter, unchanged, with where it came from
        var dead = TestTopics.recordsWithKey(Topics.DLQ_INGEST, poisoned, 1, Duration.ofSeconds(30), Duration.ZERO);
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"documentId\": 12");
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo(Topics.DOCUMENTS_ANALYZED);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .startsWith("analysis result unreadable");
        assertThat(TestTopics.recordsWithKey(Topics.DLQ_INGEST, first, 1, Duration.ofSeconds(3), Duration.ZERO))
                .isEmpty();
    }

    @Test
    void anOutcomeTheDatabaseRefusesForGoodEndsItsDocumentFailedAndIsDeadLetteredWithoutRetries() throws Exception {
        String first = uploadNew();
        String refused = uploadNew();
        String last = uploadNew();
        // PostgreSQL text cannot hold a NUL character: no retry can store this title (before, the batch was retried
        // until done, holding the partition for good)
        DocumentAnalyzedV1 unstorable = DocumentLifecycleTest.analysed(refused, 1, "标题\u0000含空字符", "正文二");
        ConsumerRecords<String, byte[]> records = batch(
                record(first, EventJson.toBytes(DocumentLifecycleTest.analysed(first, 1, "第一篇", "正文一"))),
                record(refused, EventJson.toBytes(unstorable)),
                record(last, EventJson.toBytes(DocumentLifecycleTest.analysed(last, 1, "第三篇", "正文三"))));

        // the until-done variant waits 250 ms, 0.5 s, 1 s ... between attempts: a retried failure would not end
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> consumer.onResults(records));

        assertThat(document(first).jsonPath().getString("state")).isEqualTo("ANALYZED");
        assertThat(document(last).jsonPath().getString("state")).isEqualTo("ANALYZED");
        Response failed = document(refused);
        assertThat(failed.jsonPath().getString("state")).isEqualTo("FAILED");
        assertThat(failed.jsonPath().getString("failureReason"))
                .startsWith("the analysis result could not be stored: ")
                .contains("failed once for a reason no retry can fix");
        var dead = TestTopics.recordsWithKey(Topics.DLQ_INGEST, refused, 1, Duration.ofSeconds(30), Duration.ZERO);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(EventJson.toBytes(unstorable));
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .startsWith("the analysis result could not be stored: ");
        assertThat(TestTopics.recordsWithKey(Topics.DLQ_INGEST, first, 1, Duration.ofSeconds(3), Duration.ZERO))
                .isEmpty();
    }

    @Test
    void anUnreadableResultLargerThanTheOutboxsRequestLimitIsStillDeadLettered() throws Exception {
        // the test profile limits the outbox's records to 1.3 MB; dead letters have their own producer
        // (plantrack.dead-letter.*, 17 MiB): before, they went through the outbox's and this one was refused for good
        String large = uploadNew();
        byte[] value = ("{\"documentId\": \"" + "坏".repeat(600_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(value.length).isGreaterThan(1_300_000);

        consumer.onResults(batch(record(large, value)));

        assertThat(document(large).jsonPath().getString("state")).isEqualTo("FAILED");
        var dead = TestTopics.recordsWithKey(Topics.DLQ_INGEST, large, 1, Duration.ofSeconds(30), Duration.ZERO);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(value);
    }

    @Test
    void onlyTheFirstOutcomeOfARunCountsWithinOneBatchToo() throws Exception {
        String failedFirst = uploadNew();
        String analysedFirst = uploadNew();
        String poisonFirst = uploadNew();
        double analysedBefore = results("ANALYZED");
        double failedBefore = results("FAILED");

        consumer.onResults(batch(
                record(failedFirst, EventJson.toBytes(DocumentAnalyzedV1.failed(failedFirst, 1, "先到的失败"))),
                record(analysedFirst, EventJson.toBytes(DocumentLifecycleTest.analysed(analysedFirst, 1, "先到", "先到的正文"))),
                record(failedFirst, EventJson.toBytes(DocumentLifecycleTest.analysed(failedFirst, 1, "后到", "后到"))),
                record(analysedFirst, EventJson.toBytes(DocumentLifecycleTest.analysed(analysedFirst, 1, "重复", "重复"))),
                record(analysedFirst, EventJson.toBytes(DocumentAnalyzedV1.failed(analysedFirst, 1, "迟到的失败"))),
                // an unreadable record takes its place in the order too: it came first, so the outcome after it is late
                record(poisonFirst, "not json".getBytes(StandardCharsets.UTF_8)),
                record(poisonFirst, EventJson.toBytes(DocumentLifecycleTest.analysed(poisonFirst, 1, "太迟", "太迟")))));

        Response failed = document(failedFirst);
        assertThat(failed.jsonPath().getString("state")).isEqualTo("FAILED");
        assertThat(failed.jsonPath().getString("failureReason")).isEqualTo("先到的失败");
        assertThat(failed.jsonPath().getString("title")).isNull();
        Response analysed = document(analysedFirst);
        assertThat(analysed.jsonPath().getString("state")).isEqualTo("ANALYZED");
        assertThat(analysed.jsonPath().getString("title")).isEqualTo("先到");
        assertThat(given().get("/documents/" + analysedFirst + "/text").asString()).isEqualTo("先到的正文");
        assertThat(document(poisonFirst).jsonPath().getString("failureReason")).startsWith("analysis result unreadable");
        // counted once each, after the commit
        assertThat(results("ANALYZED") - analysedBefore).isEqualTo(1.0);
        assertThat(results("FAILED") - failedBefore).isEqualTo(1.0);
    }

    @Test
    void aRedeliveredBatchChangesNothing() throws Exception {
        String id = uploadNew();
        ConsumerRecords<String, byte[]> records = batch(
                record(id, EventJson.toBytes(DocumentLifecycleTest.analysed(id, 1, "标题", "正文"))));
        consumer.onResults(records);
        String analyzedAt = document(id).jsonPath().getString("analyzedAt");
        double analysedBefore = results("ANALYZED");

        consumer.onResults(records);

        assertThat(document(id).jsonPath().getString("analyzedAt")).isEqualTo(analyzedAt);
        assertThat(results("ANALYZED")).isEqualTo(analysedBefore);
    }

    private double results(String outcome) {
        var counter = metrics.find("plantrack.documents.analysis.results").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @SafeVarargs
    private static ConsumerRecords<String, byte[]> batch(ConsumerRecord<String, byte[]>... records) {
        return new ConsumerRecords<>(Map.of(PARTITION, new ArrayList<>(List.of(records))), Map.of());
    }

    private ConsumerRecord<String, byte[]> record(String key, byte[] value) {
        return new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), offset++, key, value);
    }

    private static String uploadNew() {
        byte[] body = ("某市政府工作报告\n今年地区生产总值增长5%。\n批次 " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Response response = given().contentType("text/plain").body(body).post("/documents");
        assertThat(response.statusCode()).isEqualTo(202);
        return response.jsonPath().getString("id");
    }

    private static Response document(String id) {
        return given().get("/documents/" + id);
    }
}
