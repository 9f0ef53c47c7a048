package org.plantrack.gateway.security;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.events.WebhookRegisteredV1;
import org.plantrack.gateway.IngestStub;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.TestKafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 2: webhooks cannot make the gateway send into its own networks. Only loopback traffic: the
 * refused destinations are never connected to (the refusal comes before any connection), and the one receiver that
 * gets traffic listens on 127.0.0.1, which the test profile allow-lists (PLANTRACK_WEBHOOK_ALLOWED_HOSTS).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class WebhookSsrfSecurityTest {

    private static final String KEY = "test-key";

    private HttpServer allowed;
    private HttpServer notAllowed;
    private final LinkedBlockingQueue<String> hits = new LinkedBlockingQueue<>();

    @BeforeEach
    void receivers() throws IOException {
        allowed = receiver("127.0.0.1", "allowed");
        notAllowed = receiver("127.0.0.2", "refused");
    }

    private HttpServer receiver(String address, String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.add(name + " " + path);
            exchange.getRequestBody().readAllBytes();
            if (path.equals("/redirect")) {
                exchange.getResponseHeaders().add("Location", "/redirected");
                exchange.sendResponseHeaders(307, -1);
            } else {
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    @AfterEach
    void stop() {
        allowed.stop(0);
        notAllowed.stop(0);
        for (var hook : given().header("X-API-Key", KEY).get("/api/webhooks").jsonPath()
                .getList("id", String.class)) {
            given().header("X-API-Key", KEY).delete("/api/webhooks/" + hook);
        }
    }

    private static Response register(String url, String documentId) {
        return given().header("X-API-Key", KEY).contentType(ContentType.JSON)
                .body(Map.of("url", url, "filters", Map.of("documentId", documentId))).post("/api/webhooks");
    }

    @Test
    void internalDestinationsAreRefusedAtRegistrationNamingTheRule() {
        int port = notAllowed.getAddress().getPort();
        Map<String, String> refused = Map.ofEntries(
                Map.entry("http://127.0.0.2:" + port + "/documents", "loopback"),
                Map.entry("http://localhost:8081/documents", "loopback"),
                Map.entry("http://[::1]:8081/documents", "loopback"),
                Map.entry("http://[::ffff:127.0.0.1]:8081/documents", "loopback"),
                Map.entry("http://0.0.0.0:8081/documents", "unspecified"),
                Map.entry("http://2130706433:8081/documents", "numeric address"),
                Map.entry("http://0177.0.0.1:8081/documents", "numeric address"),
                Map.entry("http://0x7f.0.0.1:8081/documents", "not a host name"),
                Map.entry("http://127.1/documents", "not a host name"),
                Map.entry("http://10.0.0.8/hook", "private"),
                Map.entry("http://192.168.0.1/hook", "private"),
                Map.entry("http://169.254.169.254/latest/meta-data/", "link-local"),
                Map.entry("http://[fd00::1]/hook", "unique-local"));
        refused.forEach((url, rule) -> {
            Response response = register(url, "doc");
            assertThat(response.statusCode()).as(url).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type")).endsWith("/webhook-destination-refused");
            assertThat(response.jsonPath().getString("detail")).as(url).startsWith("url:").contains(rule);
        });
        assertThat(given().header("X-API-Key", KEY).get("/api/webhooks").jsonPath().getList("id")).isEmpty();
        assertThat(hits).as("no refused destination was contacted").isEmpty();
    }

    @Test
    void aStoredRegistrationToAnInternalAddressGetsNoConnectionWhileAnAllowListedReceiverDoes() throws Exception {
        String doc = "ssrf-" + UUID.randomUUID();
        assertThat(register("http://127.0.0.1:" + allowed.getAddress().getPort() + "/in", doc).statusCode())
                .isEqualTo(201);
        // a registration stored before this rule existed (or whose name now resolves inside): read back from the
        // registration topic as every instance does, never validated by this instance's POST
        String internal = "http://127.0.0.2:" + notAllowed.getAddress().getPort() + "/in";
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            String id = UUID.randomUUID().toString();
            producer.send(new ProducerRecord<>(Topics.WEBHOOKS, id, EventJson.toBytes(new WebhookRegisteredV1(
                    EventIds.newId(), WebhookRegisteredV1.SCHEMA_VERSION, id, internal, Map.of("documentId",
                    List.of(doc)), List.of("indicator", "target"), "0123456789abcdef0123", Instant.now())))).get();
            awaitListed(id);
            producer.send(new ProducerRecord<>(Topics.INDICATOR_EVENTS, doc, event(doc))).get();
        }
        assertThat(hits.poll(20, TimeUnit.SECONDS)).isEqualTo("allowed /in");
        assertThat(hits.poll(2, TimeUnit.SECONDS)).as("the internal receiver is never contacted").isNull();
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        String doc = "redirect-" + UUID.randomUUID();
        assertThat(register("http://127.0.0.1:" + allowed.getAddress().getPort() + "/redirect", doc).statusCode())
                .isEqualTo(201);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.INDICATOR_EVENTS, doc, event(doc))).get();
        }
        assertThat(hits.poll(20, TimeUnit.SECONDS)).isEqualTo("allowed /redirect");
        // a 3xx is a failed attempt (retried at the same URL), never a request to the Location
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < deadline) {
            String hit = hits.poll(200, TimeUnit.MILLISECONDS);
            assertThat(hit == null || hit.equals("allowed /redirect")).as(String.valueOf(hit)).isTrue();
        }
    }

    private static void awaitListed(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (given().header("X-API-Key", KEY).get("/api/webhooks").jsonPath().getList("id").contains(id)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("stored registration " + id + " not read back");
    }

    /** An indicator event as JSON (only the fields the gateway filters on; the rest is passed through). */
    private static byte[] event(String documentId) {
        return ("{\"eventId\":\"" + EventIds.newId() + "\",\"schemaVersion\":1,\"type\":\"ADDED\","
                + "\"targetKey\":\"太原市|城镇新增就业|2021-2025\",\"metric\":\"城镇新增就业\",\"indicator\":{"
                + "\"documentId\":\"" + documentId + "\",\"metric\":\"城镇新增就业\",\"region\":\"太原市\","
                + "\"kind\":\"target\"},\"occurredAt\":\"" + Instant.now() + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
