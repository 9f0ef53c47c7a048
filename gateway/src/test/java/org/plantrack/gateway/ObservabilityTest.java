package org.plantrack.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.TestKafka;
import org.plantrack.testsupport.TestTraces;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The trace id of a change reaches SSE subscribers; the gateway's metrics. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class ObservabilityTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void anSseEventCarriesTheTraceIdOfItsRecord() throws Exception {
        String doc = "obs-" + UUID.randomUUID();
        String traceId = TestTraces.newTraceId();
        String traceparent = TestTraces.traceparent(traceId);
        try (SseClient client = new SseClient(base.resolve("/api/indicators/stream?documentId=" + doc), null);
             KafkaProducer<String, byte[]> producer = producer()) {
            assertThat(client.status).isEqualTo(200);
            // the gateway's consumer starts at the latest offset once it has its partitions: send until one arrives
            SseClient.Event received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INDICATOR_EVENTS, doc,
                        indicatorEvent(doc));
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
                received = client.next(Duration.ofMillis(700));
            }
            assertThat(received).as("an SSE event for " + doc).isNotNull();
            assertThat(JsonPath.from(received.data()).getString("traceId")).isEqualTo(traceId);
            // still the event as published, for readers that ignore the extra field
            IndicatorEventV1 event = EventJson.fromBytes(received.data().getBytes(StandardCharsets.UTF_8),
                    IndicatorEventV1.class);
            assertThat(event.indicator().documentId()).isEqualTo(doc);
        }
    }

    @Test
    void anUploadContinuesTheClientsTraceToIngestService() {
        String traceId = TestTraces.newTraceId();
        given().header("traceparent", TestTraces.traceparent(traceId)).header("X-API-Key", "test-key")
                .contentType("text/plain; charset=UTF-8").body("某市政府工作报告".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(202);
        assertThat(IngestStub.lastTraceparent).as("traceparent sent to ingest-service").isNotNull();
        assertThat(IngestStub.lastTraceparent.split("-")[1]).isEqualTo(traceId);
    }

    @Test
    void metricsShowDeadLettersSubscribersAndConsumerLag() throws Exception {
        String key = "obs-dlq-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            // the consumer starts at the latest offset: keep sending until a copy has reached the dead-letter topic
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            boolean deadLettered = false;
            while (!deadLettered && System.nanoTime() < deadline) {
                producer.send(new ProducerRecord<>(Topics.TARGETS_UPDATED, key,
                        "不是事件".getBytes(StandardCharsets.UTF_8))).get();
                deadLettered = deadLettered(key);
            }
            assertThat(deadLettered).as("a record keyed %s on the gateway's dead-letter topic", key).isTrue();
        }
        String metrics = given().get(ManagementInterface.url("/metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics).contains("plantrack_dead_letters_total{topic=\"plantrack.targets.updated.v1\"}",
                "plantrack_gateway_sse_subscribers", "kafka_consumer_fetch_manager_records_lag_max");
    }

    private static boolean deadLettered(String key) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "obs-dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("plantrack.dlq.gateway"));
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                for (var r : consumer.poll(Duration.ofMillis(250))) {
                    if (key.equals(r.key())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** JSON text as target-service publishes it. */
    private static byte[] indicatorEvent(String doc) {
        return ("""
                {"eventId":"%s","schemaVersion":1,"type":"ADDED","targetKey":"观测市|专利数|2021-2025",
                 "canonicalMetric":"专利数","occurredAt":"2021-03-01T00:00:00Z",
                 "indicator":{"id":"%s-1","documentId":"%s","metric":"专利数","value":300,"unit":"件","kind":"target",
                   "year":2025,"sentence":"到2025年，专利数达到300件。","start":10,"end":13,"domain":"innovation",
                   "confidence":0.9,"region":"观测市","planPeriod":"2021-2025"}}
                """).formatted(UUID.randomUUID(), doc, doc).getBytes(StandardCharsets.UTF_8);
    }

}
