package org.plantrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plantrack.devinfra.EmbeddedPostgresServer;
import org.plantrack.devinfra.KafkaBrokerProcess;
import org.plantrack.devinfra.LocalStack;
import org.plantrack.devinfra.PlanTrackServices;
import org.plantrack.devinfra.ServiceProcess;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.LogsOnFailure;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline as it runs for a user: the four packaged services as separate processes, one real Kafka
 * broker (KRaft, child JVM) and one real PostgreSQL. A document goes in through the gateway; its indicators come
 * back over SSE and through the query API.
 */
class PipelineIT {

    static final Path ROOT = Path.of(System.getProperty("plantrack.root", "..")).toAbsolutePath().normalize();
    static final Path WORK = ROOT.resolve("e2e-tests/target/e2e-run");
    static final Path LOGS = WORK.resolve("logs");

    /** On a failure (in a test or while starting the stack): the end of every process log of the run. */
    @RegisterExtension
    static final LogsOnFailure LOGS_ON_FAILURE = new LogsOnFailure(() -> LocalStack.logTails(LOGS, 150));

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Duration PIPELINE = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Sentences written for this test (a fictional city), one known value per line. */
    private static final String DOCUMENT = String.join("\n",
            "临江市国民经济和社会发展第十五个五年规划纲要",
            "一、发展基础",
            "2025年全市地区生产总值达到5000亿元，比上年增长6.5%。",
            "二、主要目标",
            "到2030年森林覆盖率提高到45%以上，城镇新增就业累计达到50万人。",
            "");

    private static LocalStack stack;
    private static EmbeddedPostgresServer postgres;
    private static KafkaBrokerProcess kafka;
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static String gateway;

    @BeforeAll
    static void startPlanTrack() throws IOException {
        stack = LocalStack.start(ROOT, WORK, List.of("-Xmx384m", "-XX:+UseSerialGC"), STARTUP);
        postgres = stack.postgres();
        kafka = stack.kafka();
        services.addAll(stack.services());
        gateway = stack.gatewayUrl();
    }

    @AfterAll
    static void stopPlanTrack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anUploadedDocumentsIndicatorsArriveOverSseAndThroughTheQueryApi() throws Exception {
        byte[] content = DOCUMENT.getBytes(StandardCharsets.UTF_8);
        try (SseSubscription stream = SseSubscription.open(URI.create(gateway + "/api/indicators/stream"),
                Duration.ofSeconds(5))) {

            awaitStreamLive(stream);

            HttpResponse<String> upload = upload(content);
            assertThat(upload.statusCode()).as("first upload: %s", upload.body()).isEqualTo(202);
            JsonNode accepted = JSON.readTree(upload.body());
            String id = accepted.path("id").asText();
            assertThat(id).isNotBlank();
            assertThat(accepted.path("state").asText()).isEqualTo("RECEIVED");
            assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/api/documents/" + id));

            // indicator events of this document, fanned out by the gateway from target-service's topic
            Predicate<JsonNode> ofThisDocument = e -> id.equals(e.path("indicator").path("documentId").asText());
            List<JsonNode> events = stream.await(ofThisDocument.and(e -> isGdp(e.path("indicator"))), PIPELINE);
            assertThat(events).anySatisfy(e -> {
                assertThat(e.path("type").asText()).isEqualTo("ADDED");
                assertThat(e.path("indicator").path("unit").asText()).isEqualTo("亿元");
            });

            JsonNode document = awaitAnalyzed(id);
            assertThat(document.path("id").asText()).isEqualTo(id);
            assertThat(document.path("script").asText()).as("detected script").isNotBlank();
            assertThat(document.path("counts").isObject()).as("counts in %s", document).isTrue();

            List<JsonNode> indicators = indicators(id);
            assertThat(indicators).as("indicators of %s", id).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.path("documentId").asText()).isEqualTo(id));
            assertThat(indicators).filteredOn(PipelineIT::isGdp).singleElement().satisfies(gdp -> {
                assertThat(gdp.path("unit").asText()).isEqualTo("亿元");
                assertThat(gdp.path("sentence").asText()).contains("5000亿元");
            });
            assertThat(indicators).as("forest cover 45%%").anySatisfy(i -> {
                assertThat(i.path("metric").asText()).contains("森林覆盖率");
                assertThat(decimal(i.path("value"))).isEqualByComparingTo("45");
            });

            // the same bytes again: recognised by content hash, same document, nothing new
            HttpResponse<String> again = upload(content);
            assertThat(again.statusCode()).as("second upload: %s", again.body()).isEqualTo(200);
            assertThat(JSON.readTree(again.body()).path("id").asText()).isEqualTo(id);
        }
    }

    /**
     * Deletion as an event: one DELETE to the gateway; ingest-service announces it (DocumentDeletedV1, and DELETED on
     * the document stream) and target-service retracts the indicators on its own. The same bytes uploaded again
     * are a later run whose indicators come back.
     */
    @Test
    void aDeletedDocumentsIndicatorsAreRetractedAndComeBackWhenItIsUploadedAgain() throws Exception {
        byte[] content = (DOCUMENT + "（删除测试）\n").getBytes(StandardCharsets.UTF_8);
        try (SseSubscription states = SseSubscription.open(URI.create(gateway + "/api/documents/stream"),
                Duration.ofSeconds(5))) {
            HttpResponse<String> upload = upload(content);
            assertThat(upload.statusCode()).as("upload: %s", upload.body()).isEqualTo(202);
            String id = JSON.readTree(upload.body()).path("id").asText();
            awaitAnalyzed(id);
            List<String> before = awaitIndicators(id);

            HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/documents/" + id))
                    .timeout(Duration.ofSeconds(30)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(deleted.statusCode()).as("delete: %s", deleted.body()).isEqualTo(204);
            assertThat(get("/api/documents/" + id).statusCode()).isEqualTo(404);
            long deadline = System.nanoTime() + PIPELINE.toNanos();
            while (!indicators(id).isEmpty()) {
                assertThat(System.nanoTime()).as("indicators of %s retracted in time", id).isLessThan(deadline);
                Thread.sleep(500);
            }
            assertThat(states.await(e -> id.equals(e.path("documentId").asText())
                    && "DELETED".equals(e.path("state").asText()), Duration.ofSeconds(30))).isNotEmpty();

            HttpResponse<String> again = upload(content);
            assertThat(again.statusCode()).as("upload again: %s", again.body()).isEqualTo(202);
            assertThat(JSON.readTree(again.body()).path("analysisRun").asInt()).isEqualTo(3);
            awaitAnalyzed(id);
            assertThat(awaitIndicators(id)).containsExactlyInAnyOrderElementsOf(before);
        }
    }

    /**
     * The README's "Rebuild the target database from events": with target-service stopped, its derived tables
     * emptied and its consumer group moved to the start of the (compacted) extracted-indicators topic, a restarted
     * target-service serves the same indicators again.
     */
    @Test
    void theTargetDatabaseIsRebuiltByReplayingTheExtractedIndicators() throws Exception {
        byte[] content = (DOCUMENT + "（重建测试）\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> upload = upload(content);
        assertThat(upload.statusCode()).as("upload: %s", upload.body()).isIn(200, 202);
        String id = JSON.readTree(upload.body()).path("id").asText();
        awaitAnalyzed(id);
        List<String> before = awaitIndicators(id);

        ServiceProcess target = services.stream().filter(s -> s.name().equals(PlanTrackServices.TARGET.name()))
                .findFirst().orElseThrow();
        target.stop();
        try (var db = java.sql.DriverManager.getConnection(postgres.jdbcBaseUrl() + PlanTrackServices.TARGET_DATABASE,
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             var statement = db.createStatement()) {
            statement.execute("TRUNCATE indicator, statement_group, target_document, target_tally, "
                    + "target_statement_source, target_statement_tally, target_statement_document, "
                    + "target_statement_value, target, document_run, outbox RESTART IDENTITY");
        }
        resetToEarliest("target-service", Topics.INDICATORS_EXTRACTED);
        target.start();
        target.awaitReady(STARTUP);

        assertThat(awaitIndicators(id)).as("indicators of %s after the rebuild", id)
                .containsExactlyInAnyOrderElementsOf(before);
    }

    /** What kafka-consumer-groups.sh --reset-offsets --to-earliest does; the group must be empty (retried). */
    private static void resetToEarliest(String group, String topic) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> offsets =
                    new LinkedHashMap<>();
            for (int p = 0; p < Topics.DEFAULT_PARTITIONS; p++) {
                offsets.put(new org.apache.kafka.common.TopicPartition(topic, p),
                        new org.apache.kafka.clients.consumer.OffsetAndMetadata(0));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (true) {
                try {
                    admin.alterConsumerGroupOffsets(group, offsets).all().get();
                    return;
                } catch (java.util.concurrent.ExecutionException stillMembers) {
                    if (System.nanoTime() > deadline) {
                        throw stillMembers;
                    }
                    Thread.sleep(1000);
                }
            }
        }
    }

    /** The document's indicators (metric, value, unit, year) once there are some. */
    private static List<String> awaitIndicators(String id) throws Exception {
        long deadline = System.nanoTime() + PIPELINE.toNanos();
        while (true) {
            HttpResponse<String> response = get("/api/indicators?documentId=" + id);
            if (response.statusCode() == 200) {
                List<String> found = new ArrayList<>();
                JsonNode body = JSON.readTree(response.body());
                (body.isArray() ? body : body.path("items")).forEach(i -> found.add(i.path("metric").asText() + "|"
                        + decimal(i.path("value")).stripTrailingZeros().toPlainString() + "|" + i.path("unit").asText()
                        + "|" + i.path("year").asText()));
                if (!found.isEmpty()) {
                    return found;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no indicators of " + id + " within " + PIPELINE + ": " + response.body());
            }
            Thread.sleep(500);
        }
    }

    /**
     * The gateway reads indicator events from the latest offset, so an event published before its consumer has its
     * partitions would never reach SSE. A probe event written straight to the topic and seen on our stream proves
     * the whole fan-out path is live before the real upload starts.
     */
    private static void awaitStreamLive(SseSubscription stream) throws Exception {
        String probeDocument = "e2e-probe-" + UUID.randomUUID();
        IndicatorV1 indicator = new IndicatorV1(probeDocument + "-1", probeDocument, "探针指标", BigDecimal.ONE, "个",
                "actual", null, null, null, 2025, "探针。", 0, 1, "other", 1.0, null, null, null);
        IndicatorEventV1 probe = new IndicatorEventV1(EventIds.newId(), IndicatorEventV1.SCHEMA_VERSION,
                IndicatorEventV1.Type.ADDED, "probe|探针指标|2025", "探针指标", indicator, Instant.now());
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            while (true) {
                producer.send(new ProducerRecord<>(Topics.INDICATOR_EVENTS, probe.targetKey(), EventJson.toBytes(probe))).get();
                try {
                    stream.await(e -> probeDocument.equals(e.path("indicator").path("documentId").asText()),
                            Duration.ofSeconds(3));
                    return;
                } catch (AssertionError notYet) {
                    if (System.nanoTime() > deadline) {
                        throw notYet;
                    }
                }
            }
        }
    }

    private static boolean isGdp(JsonNode indicator) {
        return indicator.path("metric").asText().contains("地区生产总值")
                && decimal(indicator.path("value")).compareTo(new BigDecimal("5000")) == 0;
    }

    private static BigDecimal decimal(JsonNode value) {
        try {
            return new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(Long.MIN_VALUE);
        }
    }

    private static HttpResponse<String> upload(byte[] content) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/documents?fileName=linjiang-15th-plan.txt"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode awaitAnalyzed(String id) throws Exception {
        long deadline = System.nanoTime() + PIPELINE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get("/api/documents/" + id);
            assertThat(response.statusCode()).as("GET document: %s", response.body()).isEqualTo(200);
            last = JSON.readTree(response.body());
            String state = last.path("state").asText();
            assertThat(state).as("document failed: %s", last.path("failureReason").asText()).isNotEqualTo("FAILED");
            if (state.equals("ANALYZED")) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("document " + id + " not ANALYZED within " + PIPELINE + "; last seen " + last);
    }

    private static List<JsonNode> indicators(String id) throws Exception {
        HttpResponse<String> response = get("/api/indicators?documentId=" + id);
        assertThat(response.statusCode()).as("GET indicators: %s", response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        JsonNode items = body.isArray() ? body : body.path("items");
        assertThat(items.isArray()).as("indicator list in %s", response.body()).isTrue();
        List<JsonNode> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
