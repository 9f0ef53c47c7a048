package org.plantrack.targetservice;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Logs, traces and metrics of one indicator set's way through target-service (outbox included). */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class ObservabilityTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void eventsPublishedFromTheOutboxContinueTheTraceAndLinesAboutTheDocumentCarryItsId() {
        String doc = "obs-" + UUID.randomUUID();
        String region = "观测" + doc.substring(4, 10) + "市";
        String traceId = TestTraces.newTraceId();
        try (LogCapture logs = LogCapture.start()) {
            TestTopics.publish(Topics.INDICATORS_EXTRACTED, doc, indicatorSet(doc, region),
                    TestTraces.traceparent(traceId));

            List<ConsumerRecord<String, byte[]>> events = TestTopics.read(Topics.INDICATOR_EVENTS,
                    r -> new String(r.value(), StandardCharsets.UTF_8).contains(doc), 1, WAIT);
            assertThat(events).as("an indicator event of %s", doc).isNotEmpty();
            assertThat(TestTraces.traceIdOf(events.get(0))).isEqualTo(traceId);
            List<ConsumerRecord<String, byte[]>> targets = TestTopics.read(Topics.TARGETS_UPDATED,
                    r -> new String(r.value(), StandardCharsets.UTF_8).contains(region), 1, WAIT);
            assertThat(targets).as("a target update for %s", region).isNotEmpty();
            assertThat(TestTraces.traceIdOf(targets.get(0))).isEqualTo(traceId);

            List<LogCapture.Line> lines = logs.mentioning(doc);
            assertThat(lines).extracting(LogCapture.Line::message).anyMatch(m -> m.contains("run 1: +1"));
            assertThat(lines).allSatisfy(line -> assertThat(line.documentId()).as(line.toString()).isEqualTo(doc));
        }
    }

    @Test
    void metricsShowAppliedSetsDeadLettersAndConsumerLag() {
        String key = "obs-dlq-" + UUID.randomUUID();
        TestTopics.publish(Topics.INDICATORS_EXTRACTED, key, "{\"documentId\":".getBytes(StandardCharsets.UTF_8), null);
        assertThat(TestTopics.read("plantrack.dlq.target-service", r -> key.equals(r.key()), 1, WAIT)).isNotEmpty();

        String metrics = given().get(ManagementInterface.url("/metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics).contains("plantrack_target_apply_seconds_count",
                "plantrack_dead_letters_total{topic=\"plantrack.indicators.extracted.v1\"}",
                "kafka_consumer_fetch_manager_records_lag_max");
    }

    /** Written as JSON text rather than through the event records, so it reads like what nlp-service sends. */
    private static byte[] indicatorSet(String doc, String region) {
        String json = """
                {"eventId":"%s","schemaVersion":1,"documentId":"%s","analysisRun":1,"region":"%s",
                 "regionLevel":"city","planPeriod":"十四五","documentDate":"2021-03-01","extractedAt":"2021-03-01T00:00:00Z",
                 "indicators":[{"id":"%s-1","documentId":"%s","metric":"地区生产总值","value":5000,"unit":"亿元",
                   "kind":"target","year":2025,"sentence":"到2025年，地区生产总值达到5000亿元。","start":12,"end":16,
                   "domain":"economy","confidence":0.9}]}
                """.formatted(UUID.randomUUID(), doc, region, doc, doc);
        return json.getBytes(StandardCharsets.UTF_8);
    }

}
