package org.plantrack.nlpservice;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.LogCapture;
import org.plantrack.testsupport.TestKafka;
import org.plantrack.testsupport.TestTopics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
        String traceId = randomHex(16);
        byte[] text = "某县政府工作报告\n到2025年，粮食产量达到50万吨。\n".getBytes(StandardCharsets.UTF_8);
        try (LogCapture logs = LogCapture.start()) {
            send(id, EventJson.toBytes(new DocumentIngestedV1(UUID.randomUUID().toString(),
                    DocumentIngestedV1.SCHEMA_VERSION, id, "hash-" + id, "report.txt", "text/plain", text.length, text,
                    DocumentHintsV1.none(), 1, Instant.now())), "00-" + traceId + "-" + randomHex(8) + "-01");

            assertThat(traceIdOf(one(Topics.INDICATORS_EXTRACTED, id))).isEqualTo(traceId);
            assertThat(traceIdOf(one(Topics.DOCUMENTS_ANALYZED, id))).isEqualTo(traceId);

            List<LogCapture.Line> lines = awaitLines(logs, id);
            assertThat(lines).extracting(LogCapture.Line::message).anyMatch(m -> m.contains("run 1: ANALYZED"));
            assertThat(lines).allSatisfy(line -> assertThat(line.documentId()).as(line.toString()).isEqualTo(id));
        }
    }

    @Test
    void metricsShowAnalysisTimeIndicatorsDeadLettersAndConsumerLag() {
        String id = "obs-dlq-" + UUID.randomUUID();
        send(id, "这不是一个事件".getBytes(StandardCharsets.UTF_8), null);
        TestTopics.read("plantrack.dlq.nlp-service", r -> id.equals(r.key()), 1, WAIT);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
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

    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("traceparent");
        assertThat(header).as("traceparent header on %s", record.topic()).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8).split("-")[1];
    }

    private static ConsumerRecord<String, byte[]> one(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> found = TestTopics.read(topic, r -> key.equals(r.key()), 1, WAIT);
        assertThat(found).as("a record keyed %s on %s", key, topic).isNotEmpty();
        return found.get(0);
    }

    private static void send(String key, byte[] value, String traceparent) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.DOCUMENTS_INGESTED, key, value);
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
