package org.plantrack.nlpservice;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.LogCapture;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.TestTopics;
import org.plantrack.testsupport.TestTraces;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Logs, traces and metrics of one document's analysis. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class ObservabilityTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void bothOutputsContinueTheIncomingTraceAndEveryLineAboutTheDocumentCarriesItsId() {
        String id = "obs-" + UUID.randomUUID();
        String traceId = TestTraces.newTraceId();
        byte[] text = "某县政府工作报告\n到2025年，粮食产量达到50万吨。\n".getBytes(StandardCharsets.UTF_8);
        try (LogCapture logs = LogCapture.start()) {
            TestTopics.publish(Topics.DOCUMENTS_INGESTED, id, EventJson.toBytes(new DocumentIngestedV1(
                    UUID.randomUUID().toString(), DocumentIngestedV1.SCHEMA_VERSION, id, "hash-" + id, "report.txt",
                    "text/plain", text.length, text, DocumentHintsV1.none(), 1, Instant.now())),
                    TestTraces.traceparent(traceId));

            assertThat(TestTraces.traceIdOf(one(Topics.INDICATORS_EXTRACTED, id))).isEqualTo(traceId);
            assertThat(TestTraces.traceIdOf(one(Topics.DOCUMENTS_ANALYZED, id))).isEqualTo(traceId);

            List<LogCapture.Line> lines = awaitLines(logs, id);
            assertThat(lines).extracting(LogCapture.Line::message).anyMatch(m -> m.contains("run 1: ANALYZED"));
            assertThat(lines).allSatisfy(line -> assertThat(line.documentId()).as(line.toString()).isEqualTo(id));
        }
    }

    @Test
    void metricsShowAnalysisTimeIndicatorsDeadLettersAndConsumerLag() {
        String id = "obs-dlq-" + UUID.randomUUID();
        TestTopics.publish(Topics.DOCUMENTS_INGESTED, id, "这不是一个事件".getBytes(StandardCharsets.UTF_8), null);
        TestTopics.read("plantrack.dlq.nlp-service", r -> id.equals(r.key()), 1, WAIT);

        String metrics = given().get(ManagementInterface.url("/metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics).contains("plantrack_nlp_analysis_seconds_count", "plantrack_nlp_indicators_total",
                "plantrack_dead_letters_total{topic=\"plantrack.documents.ingested.v1\"}",
                "kafka_consumer_fetch_manager_records_lag_max");
    }

    private static List<LogCapture.Line> awaitLines(LogCapture logs, String id) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (logs.mentioning(id).stream().noneMatch(l -> l.message().contains("ANALYZED"))
                && System.nanoTime() < deadline) {
            sleep();
        }
        return logs.mentioning(id);
    }

    private static ConsumerRecord<String, byte[]> one(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> found = TestTopics.read(topic, r -> key.equals(r.key()), 1, WAIT);
        assertThat(found).as("a record keyed %s on %s", key, topic).isNotEmpty();
        return found.get(0);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
