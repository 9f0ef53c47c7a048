package org.plantrack.ingest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.LogCapture;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;
import org.plantrack.testsupport.TestTraces;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Logs, traces and metrics of one document's way through ingest-service. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_test"))
class ObservabilityTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void theUploadsTraceContinuesInTheIngestedRecordAndEveryLineAboutTheDocumentCarriesItsId() {
        String traceId = TestTraces.newTraceId();
        String traceparent = TestTraces.traceparent(traceId);
        try (LogCapture logs = LogCapture.start()) {
            Response upload = given().header("traceparent", traceparent)
                    .contentType("text/plain; charset=UTF-8")
                    .body(("某市政府工作报告\n今年地区生产总值增长6%。\n标记 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))
                    .post("/documents");
            assertThat(upload.statusCode()).isEqualTo(202);
            String id = upload.jsonPath().getString("id");

            List<ConsumerRecord<String, byte[]>> ingested = TestTopics.recordsWithKey(Topics.DOCUMENTS_INGESTED, id, 1,
                    TIMEOUT, Duration.ZERO);
            assertThat(ingested).hasSize(1);
            Header header = ingested.get(0).headers().lastHeader("traceparent");
            assertThat(header).as("traceparent header of the DocumentIngestedV1 record").isNotNull();
            assertThat(new String(header.value(), StandardCharsets.UTF_8).split("-")[1]).isEqualTo(traceId);

            TestTopics.publish(Topics.DOCUMENTS_ANALYZED, id,
                    EventJson.toBytes(DocumentAnalyzedV1.failed(id, 1, "测试：分析失败")));
            await(() -> logs.mentioning(id).stream().anyMatch(l -> l.message().contains("FAILED")));

            List<LogCapture.Line> lines = logs.mentioning(id);
            assertThat(lines).extracting(LogCapture.Line::message)
                    .anyMatch(m -> m.contains("published to " + Topics.DOCUMENTS_INGESTED))
                    .anyMatch(m -> m.contains("run 1: FAILED"));
            assertThat(lines).allSatisfy(line -> assertThat(line.documentId()).as(line.toString()).isEqualTo(id));
            assertThat(lines).filteredOn(l -> l.message().contains("published to " + Topics.DOCUMENTS_INGESTED))
                    .allSatisfy(line -> assertThat(line.traceId()).as(line.toString()).isEqualTo(traceId));
            // the RECEIVED state change is written by the upload too; the FAILED one by the (untraced) result
            assertThat(lines).filteredOn(l -> l.message().contains("published to " + Topics.DOCUMENTS_STATES))
                    .anySatisfy(line -> assertThat(line.traceId()).as(line.toString()).isEqualTo(traceId));
        }
    }

    @Test
    void aRequestOnOneDocumentLogsWithItsIdInTheLoggingContext() {
        String id = given().contentType("text/plain; charset=UTF-8")
                .body(("某县政府工作报告\n粮食产量达到50万吨。\n标记 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))
                .post("/documents").then().statusCode(202).extract().jsonPath().getString("id");
        try (LogCapture logs = LogCapture.start()) {
            given().delete("/documents/" + id).then().statusCode(204);
            // the line is written by the service layer, which knows nothing of the request: the id comes from the
            // REST filter of the observability module, which reads it from the path
            assertThat(logs.mentioning(id)).filteredOn(l -> l.message().contains("deleted")).isNotEmpty()
                    .allSatisfy(line -> assertThat(line.documentId()).as(line.toString()).isEqualTo(id));
        }
    }

    @Test
    void metricsShowDocumentsByStateOutboxAndConsumerLag() {
        Response upload = given().contentType("text/plain; charset=UTF-8")
                .body(("某县政府工作报告\n粮食产量达到50万吨。\n标记 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))
                .post("/documents");
        assertThat(upload.statusCode()).isEqualTo(202);

        // the gauge is refreshed from the database every second in tests
        await(() -> stateGauge(metrics(), "RECEIVED") >= 1);
        String metrics = metrics();
        assertThat(metrics).contains("plantrack_documents{state=\"ANALYZED\"}", "plantrack_documents{state=\"FAILED\"}",
                "plantrack_outbox_published_total", "plantrack_outbox_pending",
                "kafka_consumer_fetch_manager_records_lag_max");
    }

    private static String metrics() {
        return given().get(ManagementInterface.url("/metrics")).then().statusCode(200).extract().asString();
    }

    private static double stateGauge(String metrics, String state) {
        String prefix = "plantrack_documents{state=\"" + state + "\"} ";
        return metrics.lines().filter(l -> l.startsWith(prefix)).mapToDouble(l -> Double.parseDouble(
                l.substring(prefix.length()).trim())).findFirst().orElse(-1);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within " + TIMEOUT).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

}
