package org.plantrack.gateway;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import jakarta.inject.Inject;
import org.plantrack.gateway.messaging.WebhookConsumersSwitch;
import org.plantrack.gateway.webhook.Webhook;
import org.plantrack.gateway.webhook.WebhookRegistry;
import org.plantrack.gateway.webhook.WebhookView;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.TestKafka;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class WebhookTest {

    private static final String KEY = "test-key";
    private static KafkaProducer<String, byte[]> producer;

    /**
     * A stand-in for a user's endpoint: records every request; answers {@code failStatus} (500 unless a test says
     * otherwise) to the first {@code failFirst} tries.
     */
    private HttpServer receiver;
    private final LinkedBlockingQueue<Received> requests = new LinkedBlockingQueue<>();
    private final Map<String, AtomicInteger> attemptsByDelivery = new ConcurrentHashMap<>();
    private volatile int failFirst;
    private volatile int failStatus = 500;

    record Received(Map<String, List<String>> headers, String body, int answered) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String delivery = exchange.getRequestHeaders().getFirst("X-PlanTrack-Delivery");
            int attempt = attemptsByDelivery.computeIfAbsent(String.valueOf(delivery), d -> new AtomicInteger())
                    .incrementAndGet();
            int status = attempt <= failFirst ? failStatus : 200;
            requests.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        for (var hook : given().header("X-API-Key", KEY).get("/api/webhooks").jsonPath().getList("id", String.class)) {
            given().header("X-API-Key", KEY).delete("/api/webhooks/" + hook);
        }
    }

    /** The webhook's view once its {@code counter} (delivered, dropped) reached {@code atLeast}, or after 5 s. */
    private static Response awaitWebhookCount(String id, String counter, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Response view = given().header("X-API-Key", KEY).get("/api/webhooks/" + id);
        while (view.jsonPath().getLong(counter) < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(100);
            view = given().header("X-API-Key", KEY).get("/api/webhooks/" + id);
        }
        return view;
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static Response register(Object body) {
        return given().header("X-API-Key", KEY).contentType(ContentType.JSON).body(body).post("/api/webhooks");
    }

    private static void awaitConsumersReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        var health = given().get(ManagementInterface.url("/health/ready"));
        while (health.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            health = given().get(ManagementInterface.url("/health/ready"));
        }
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private static IndicatorEventV1 indicatorEvent(String documentId, String region, String metric) {
        var indicator = new IndicatorV1(documentId + "-" + metric, documentId, metric, new BigDecimal("120"), "万人",
                "target", ">=", "increase", null, 2025, "到2025年，" + metric + "达到120万人。", 3, 7, "employment",
                0.9, region, "2021-2025", null);
        return new IndicatorEventV1(EventIds.newId(), 1, IndicatorEventV1.Type.ADDED,
                region + "|" + metric + "|2021-2025", metric, indicator, Instant.now());
    }

    private static void send(String key, Object event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.INDICATOR_EVENTS, key, EventJson.toBytes(event))).get();
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDeliveryCarriesTheTraceContextOfItsRecord() throws Exception {
        awaitConsumersReady();
        String doc = "hook-trace-" + UUID.randomUUID();
        assertThat(register(Map.of("url", hookUrl(), "filters", Map.of("documentId", doc))).statusCode())
                .isEqualTo(201);
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

        var traced = new ProducerRecord<>(Topics.INDICATOR_EVENTS, "k-" + doc,
                EventJson.toBytes(indicatorEvent(doc, "太原市", "城镇新增就业")));
        traced.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        producer.send(traced).get();
        var untraced = new ProducerRecord<>(Topics.INDICATOR_EVENTS, "k-" + doc,
                EventJson.toBytes(indicatorEvent(doc, "大同市", "城镇新增就业")));
        untraced.headers().add("traceparent", "not-a-trace".getBytes(StandardCharsets.UTF_8));
        producer.send(untraced).get();

        Received first = requests.poll(20, TimeUnit.SECONDS);
        Received second = requests.poll(20, TimeUnit.SECONDS);
        assertThat(first).as("delivery of the traced event").isNotNull();
        assertThat(second).as("delivery of the event with a malformed traceparent").isNotNull();
        Received tracedDelivery = first.body().contains("太原市") ? first : second;
        Received untracedDelivery = tracedDelivery == first ? second : first;
        assertThat(tracedDelivery.header("traceparent")).isEqualTo(traceparent);
        // the body is the event as on the SSE stream: its trace id added, and signed as sent
        assertThat(tracedDelivery.body()).startsWith("{\"traceId\":\"0af7651916cd43dd8448eb211c80319c\",");
        assertThat(untracedDelivery.body()).doesNotContain("traceId");
        assertThat(untracedDelivery.header("traceparent")).as("a malformed traceparent is not passed on").isNull();
    }

    @Test
    void matchingEventsArePostedSignedAndOthersAreNot() throws Exception {
        awaitConsumersReady();
        String doc = "hook-" + UUID.randomUUID();
        Response created = register(Map.of("url", hookUrl(),
                "filters", Map.of("documentId", doc, "region", List.of("太原市", "晋中市")),
                "events", List.of("indicator")));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        String secret = created.jsonPath().getString("secret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
        assertThat(created.header("Location")).endsWith("/api/webhooks/" + id);
        assertThat(created.jsonPath().getList("events")).containsExactly("indicator");
        assertThat(created.jsonPath().getList("filters.region")).containsExactly("太原市", "晋中市");

        // same key, so same partition and this order: the non-matching event comes first
        send("k-" + doc, indicatorEvent(doc, "大同市", "城镇新增就业"));
        send("k-" + doc, indicatorEvent("other-" + doc, "太原市", "城镇新增就业"));
        send("k-" + doc, indicatorEvent(doc, "太原市", "城镇新增就业"));

        Received got = requests.poll(20, TimeUnit.SECONDS);
        assertThat(got).as("a delivery to the receiver").isNotNull();
        assertThat(got.header("X-PlanTrack-Event")).isEqualTo("indicator");
        assertThat(got.header("X-PlanTrack-Delivery")).isNotBlank();
        assertThat(got.header("Content-Type")).startsWith("application/json");
        assertThat(got.header("X-PlanTrack-Signature")).isEqualTo(hmac(secret, got.body()));
        assertThat(got.header("X-PlanTrack-Signature")).isNotEqualTo(hmac(secret + "x", got.body()));
        IndicatorEventV1 parsed = EventJson.fromBytes(got.body().getBytes(StandardCharsets.UTF_8),
                IndicatorEventV1.class);
        assertThat(parsed.indicator().documentId()).isEqualTo(doc);
        assertThat(parsed.indicator().region()).isEqualTo("太原市");
        assertThat(parsed.indicator().unit()).isEqualTo("万人");
        assertThat(parsed.indicator().value()).isEqualByComparingTo("120");

        // the two non-matching events were ahead of it on the partition: nothing else arrives
        assertThat(requests.poll(1500, TimeUnit.MILLISECONDS)).isNull();

        // a second matching event gets a delivery id of its own
        send("k-" + doc, indicatorEvent(doc, "晋中市", "常住人口城镇化率"));
        Received second = requests.poll(20, TimeUnit.SECONDS);
        assertThat(second).isNotNull();
        assertThat(second.body()).contains("晋中市").contains("常住人口城镇化率");
        assertThat(second.header("X-PlanTrack-Delivery")).isNotEqualTo(got.header("X-PlanTrack-Delivery"));
        assertThat(second.header("X-PlanTrack-Signature")).isEqualTo(hmac(secret, second.body()));

        Response view = awaitWebhookCount(id, "delivered", 2);
        assertThat(view.jsonPath().getLong("delivered")).isEqualTo(2);
        assertThat(view.jsonPath().getLong("dropped")).isZero();
    }

    @Test
    void failedDeliveriesAreRetriedWithTheSameIdAndSignature() throws Exception {
        awaitConsumersReady();
        failFirst = 2;
        String doc = "retry-" + UUID.randomUUID();
        String secret = "a-secret-of-my-own-0123456789";
        Response created = register(Map.of("url", hookUrl(), "filters", Map.of("documentId", doc),
                "secret", secret));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.jsonPath().getString("secret")).isEqualTo(secret);
        assertThat(created.jsonPath().getList("events")).containsExactlyInAnyOrder("indicator", "target");

        send("k-" + doc, indicatorEvent(doc, "太原市", "研发经费投入强度"));
        // test profile: backoff 100ms, then 200ms
        Received first = requests.poll(20, TimeUnit.SECONDS);
        Received secondTry = requests.poll(10, TimeUnit.SECONDS);
        Received third = requests.poll(10, TimeUnit.SECONDS);
        assertThat(List.of(first, secondTry, third)).doesNotContainNull();
        assertThat(List.of(first.answered(), secondTry.answered(), third.answered())).containsExactly(500, 500, 200);
        assertThat(List.of(first, secondTry, third)).allSatisfy(r -> {
            assertThat(r.header("X-PlanTrack-Delivery")).isEqualTo(first.header("X-PlanTrack-Delivery"));
            assertThat(r.body()).isEqualTo(first.body()).contains(doc);
            assertThat(r.header("X-PlanTrack-Signature")).isEqualTo(hmac(secret, first.body()));
        });
        assertThat(third.header("X-PlanTrack-Attempt")).isEqualTo("3");
        // delivered on the third attempt: no fourth
        assertThat(requests.poll(1000, TimeUnit.MILLISECONDS)).isNull();
        // the webhook's JSON records the delivery: time, the 200 of the third attempt, the attempts it took
        String id = created.jsonPath().getString("id");
        Response view = given().header("X-API-Key", KEY).get("/api/webhooks/" + id);
        assertThat(view.jsonPath().getString("lastDeliveries[0].outcome")).isEqualTo("delivered");
        assertThat(view.jsonPath().getInt("lastDeliveries[0].httpStatus")).isEqualTo(200);
        assertThat(view.jsonPath().getInt("lastDeliveries[0].attempts")).isEqualTo(3);
        assertThat(view.jsonPath().getString("lastDeliveries[0].deliveryId")).isEqualTo(first.header("X-PlanTrack-Delivery"));
        assertThat(view.jsonPath().getString("lastDeliveries[0].at")).isNotBlank();
    }

    @Test
    void deliveriesToAFailingReceiverAreDroppedAfterMaxAttempts() throws Exception {
        awaitConsumersReady();
        failFirst = Integer.MAX_VALUE;
        String doc = "drop-" + UUID.randomUUID();
        String id = register(Map.of("url", hookUrl(), "filters", Map.of("documentId", doc)))
                .then().statusCode(201).extract().jsonPath().getString("id");

        send("k-" + doc, indicatorEvent(doc, "太原市", "空气质量优良天数比率"));
        // 5 attempts after 100, 200, 400 and 800ms
        for (int i = 1; i <= 5; i++) {
            Received attempt = requests.poll(15, TimeUnit.SECONDS);
            assertThat(attempt).as("attempt " + i).isNotNull();
            assertThat(attempt.header("X-PlanTrack-Attempt")).isEqualTo(Integer.toString(i));
        }
        assertThat(requests.poll(2500, TimeUnit.MILLISECONDS)).isNull();
        Response view = awaitWebhookCount(id, "dropped", 1);
        assertThat(view.jsonPath().getLong("dropped")).isEqualTo(1);
        assertThat(view.jsonPath().getLong("delivered")).isZero();
        // the subscriptions page shows why: the last answer and how many attempts were made
        assertThat(view.jsonPath().getList("lastDeliveries")).hasSize(1);
        assertThat(view.jsonPath().getString("lastDeliveries[0].outcome")).isEqualTo("given-up");
        assertThat(view.jsonPath().getString("lastDeliveries[0].reason")).isEqualTo("retries-exhausted");
        assertThat(view.jsonPath().getInt("lastDeliveries[0].httpStatus")).isEqualTo(500);
        assertThat(view.jsonPath().getInt("lastDeliveries[0].attempts")).isEqualTo(5);
        assertThat(view.jsonPath().getString("lastDeliveries[0].event")).isEqualTo("indicator");
        assertThat(given().get(ManagementInterface.url("/metrics")).asString())
                .containsPattern("plantrack_gateway_webhook_dropped_total\\{[^}]*reason=\"retries-exhausted\"");
    }

    @Test
    void aReceiverThatRefusesTheRequestIsNotAskedAgainAndTheDeliveryIsRecordedWithTheAnswer() throws Exception {
        awaitConsumersReady();
        failFirst = Integer.MAX_VALUE;
        failStatus = 410; // a 4xx other than 408 and 429: the same request gets the same answer (PermanentFailures)
        String doc = "gone-" + UUID.randomUUID();
        String id = register(Map.of("url", hookUrl(), "filters", Map.of("documentId", doc)))
                .then().statusCode(201).extract().jsonPath().getString("id");

        send("k-" + doc, indicatorEvent(doc, "太原市", "城镇调查失业率"));
        Received first = requests.poll(15, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.answered()).isEqualTo(410);
        // a retry would come after 100 ms in the test profile
        assertThat(requests.poll(1500, TimeUnit.MILLISECONDS)).as("a second attempt").isNull();
        Response view = awaitWebhookCount(id, "dropped", 1);
        assertThat(view.jsonPath().getLong("dropped")).isEqualTo(1);
        assertThat(view.jsonPath().getString("lastDeliveries[0].reason")).isEqualTo("refused-by-receiver");
        assertThat(view.jsonPath().getInt("lastDeliveries[0].httpStatus")).isEqualTo(410);
        assertThat(view.jsonPath().getInt("lastDeliveries[0].attempts")).isEqualTo(1);
    }

    @Test
    void listAndGetNeverShowTheSecretAndDeleteRemoves() {
        String secret = "top-secret-value-0123456789";
        Response created = register(Map.of("url", "https://hooks.example.org/plantrack",
                "filters", Map.of("metric", "地区生产总值"), "events", List.of("target"), "secret", secret));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.jsonPath().getString("id");

        Response one = given().header("X-API-Key", KEY).get("/api/webhooks/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.jsonPath().getString("url")).isEqualTo("https://hooks.example.org/plantrack");
        assertThat(one.jsonPath().getList("events")).containsExactly("target");
        assertThat(one.jsonPath().getList("filters.metric")).containsExactly("地区生产总值");
        assertThat(one.asString()).doesNotContain(secret).doesNotContain("\"secret\"");

        Response all = given().header("X-API-Key", KEY).get("/api/webhooks");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.jsonPath().getList("id", String.class)).contains(id);
        assertThat(all.asString()).doesNotContain(secret).doesNotContain("\"secret\"");

        assertThat(given().delete("/api/webhooks/" + id).statusCode()).isEqualTo(401);
        assertThat(given().header("X-API-Key", KEY).delete("/api/webhooks/" + id).statusCode()).isEqualTo(204);
        Response gone = given().header("X-API-Key", KEY).get("/api/webhooks/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(given().header("X-API-Key", KEY).delete("/api/webhooks/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void openApiSaysRegistrationsAreDurable() {
        String openapi = given().get("/q/openapi").asString();
        assertThat(openapi).contains("/api/webhooks").contains("plantrack.webhooks.v1")
                .contains("X-PlanTrack-Signature").doesNotContain("kept in memory");
    }

    /** A gateway restart, or another instance: a fresh registry reading the topic from the start. */
    private static Optional<Webhook> readBackFromTheTopic(String id) throws Exception {
        try (WebhookRegistry fresh = new WebhookRegistry(TestKafka.bootstrapServers(), Topics.WEBHOOKS).start()) {
            fresh.caughtUp().get(30, TimeUnit.SECONDS);
            return fresh.get(id);
        }
    }

    @Test
    void registrationsSurviveARestartAndDeletesAreDurable() throws Exception {
        awaitConsumersReady();
        String secret = "durable-secret-0123456789";
        Response created = register(Map.of("url", hookUrl(), "filters", Map.of("region", List.of("太原市", "大同市")),
                "events", List.of("indicator"), "secret", secret));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.jsonPath().getString("id");

        Webhook restored = readBackFromTheTopic(id).orElseThrow(() -> new AssertionError("not stored: " + id));
        assertThat(restored.url().toString()).isEqualTo(hookUrl());
        WebhookView view = restored.view();
        assertThat(view.filters().get("region")).containsExactly("太原市", "大同市");
        assertThat(view.events()).containsExactly("indicator");
        assertThat(view.secret()).isNull();
        byte[] body = "{\"probe\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(restored.sign(body)).isEqualTo(hmac(secret, "{\"probe\":1}"));

        assertThat(given().header("X-API-Key", KEY).delete("/api/webhooks/" + id).statusCode()).isEqualTo(204);
        assertThat(readBackFromTheTopic(id)).as("deleted for good").isEmpty();
    }

    @Inject
    WebhookConsumersSwitch consumersSwitch;

    private void awaitIndicatorChannelPaused(boolean paused) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (consumersSwitch.isPaused("webhook-indicator-events") != paused && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(consumersSwitch.isPaused("webhook-indicator-events")).as("indicator webhook channel paused")
                .isEqualTo(paused);
    }

    @Test
    void withoutWebhooksTheConsumerIsPausedAndANewWebhookGetsNothingPublishedBeforeIt() throws Exception {
        awaitConsumersReady();
        // webhooks of other tests are deleted after each one: none is registered now
        awaitIndicatorChannelPaused(true);
        assertThat(consumersSwitch.isPaused("webhook-target-events")).isTrue();

        String doc = "paused-" + UUID.randomUUID();
        send("k-" + doc, indicatorEvent(doc, "太原市", "注册前指标"));
        Thread.sleep(20); // the record's timestamp (milliseconds) must be before the registration's
        Response created = register(Map.of("url", hookUrl(), "filters", Map.of("documentId", doc),
                "events", List.of("indicator")));
        assertThat(created.statusCode()).isEqualTo(201);
        awaitIndicatorChannelPaused(false);
        assertThat(consumersSwitch.isPaused("webhook-target-events")).as("no webhook takes target events").isTrue();

        // the consumer reads on from where it paused: the earlier record is read now, but not delivered
        send("k-" + doc, indicatorEvent(doc, "太原市", "注册后指标"));
        Received got = requests.poll(20, TimeUnit.SECONDS);
        assertThat(got).as("the event published after the registration").isNotNull();
        assertThat(got.body()).contains("注册后指标");
        assertThat(requests.poll(1500, TimeUnit.MILLISECONDS)).as("nothing published before it").isNull();

        given().header("X-API-Key", KEY).delete("/api/webhooks/" + created.jsonPath().getString("id"))
                .then().statusCode(204);
        awaitIndicatorChannelPaused(true);
    }

    @Test
    void eachEventIsDeliveredOnceAcrossTheConsumerGroup() throws Exception {
        awaitConsumersReady();
        String doc = "once-" + UUID.randomUUID();
        register(Map.of("url", hookUrl(), "filters", Map.of("documentId", doc), "events", List.of("indicator")))
                .then().statusCode(201);
        int events = 24;
        for (int i = 0; i < events; i++) {
            // different keys: the events spread over all partitions, so over both consumers of the group
            send("k-" + i + "-" + doc, indicatorEvent(doc, "太原市", "指标" + i));
        }
        List<Received> received = new java.util.ArrayList<>();
        while (received.size() < events) {
            Received next = requests.poll(20, TimeUnit.SECONDS);
            assertThat(next).as("delivery " + (received.size() + 1) + " of " + events).isNotNull();
            received.add(next);
        }
        assertThat(requests.poll(1500, TimeUnit.MILLISECONDS)).as("no event delivered twice").isNull();
        assertThat(received.stream().map(r -> r.header("X-PlanTrack-Delivery")).distinct()).hasSize(events);
        assertThat(received.stream().map(r -> EventJson.fromBytes(r.body().getBytes(StandardCharsets.UTF_8),
                IndicatorEventV1.class).indicator().metric()).distinct()).hasSize(events);

        // the test profile runs two consumers in the delivery group, as two gateway instances would
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()))) {
            var group = admin.describeConsumerGroups(List.of("plantrack-gateway-webhooks")).all()
                    .get(10, TimeUnit.SECONDS).get("plantrack-gateway-webhooks");
            var indicatorConsumers = group.members().stream().filter(m -> m.assignment().topicPartitions().stream()
                    .anyMatch(p -> p.topic().equals(Topics.INDICATOR_EVENTS))).toList();
            assertThat(indicatorConsumers).hasSize(2);
        }
    }

    @Test
    void givenUpDeliveriesAreRecordedOnTheDeadLetterTopic() throws Exception {
        awaitConsumersReady();
        failFirst = Integer.MAX_VALUE;
        String doc = "dlq-" + UUID.randomUUID();
        String id = register(Map.of("url", hookUrl(), "filters", Map.of("documentId", doc)))
                .then().statusCode(201).extract().jsonPath().getString("id");
        send("k-" + doc, indicatorEvent(doc, "太原市", "森林覆盖率"));

        try (KafkaConsumer<String, String> dlq = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            dlq.subscribe(List.of(Topics.DLQ_GATEWAY));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : dlq.poll(Duration.ofMillis(500))) {
                    if (id.equals(record.key())) {
                        assertThat(record.value()).contains(doc).contains("森林覆盖率");
                        assertThat(header(record, "dead-letter-reason")).startsWith("webhook retries-exhausted")
                                .contains("HTTP 500");
                        assertThat(header(record, "plantrack-webhook-url")).isEqualTo(hookUrl());
                        assertThat(header(record, "dead-letter-source")).startsWith(Topics.INDICATOR_EVENTS + "-");
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter for webhook " + id);
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record,
                                 String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void deliveryMetricsMove() throws Exception {
        awaitConsumersReady();
        double before = counter("plantrack_gateway_webhook_delivered_total");
        String doc = "metric-" + UUID.randomUUID();
        register(Map.of("url", hookUrl(), "filters", Map.of("documentId", doc))).then().statusCode(201);
        send("k-" + doc, indicatorEvent(doc, "太原市", "粮食产量"));
        assertThat(requests.poll(20, TimeUnit.SECONDS)).isNotNull();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (counter("plantrack_gateway_webhook_delivered_total") < before + 1 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(counter("plantrack_gateway_webhook_delivered_total")).isGreaterThanOrEqualTo(before + 1);
        assertThat(counter("plantrack_gateway_webhook_registrations")).isGreaterThanOrEqualTo(1);
    }

    /** The value of an untagged metric in the Prometheus text, 0 when absent. */
    static double counter(String name) {
        return given().get(ManagementInterface.url("/metrics")).asString().lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void registrationNeedsTheApiKey() {
        Response response = given().contentType(ContentType.JSON).body(Map.of("url", "http://example.org/h"))
                .post("/api/webhooks");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(given().header("X-API-Key", KEY).get("/api/webhooks").jsonPath().getList("url")).doesNotContain("http://example.org/h");
    }

    @Test
    void invalidRegistrationsAreProblemsNamingTheField() {
        assertInvalid(Map.of("filters", Map.of("region", "太原市")), "url");
        assertInvalid(Map.of("url", "ftp://example.org/hook"), "url");
        assertInvalid(Map.of("url", "http:///no-host"), "url");
        assertInvalid(Map.of("url", "not a url"), "url");
        assertInvalid(Map.of("url", 42), "url");
        assertInvalid(Map.of("url", "http://example.org/h", "events", List.of("indicator", "document")), "events");
        assertInvalid(Map.of("url", "http://example.org/h", "events", List.of()), "events");
        assertInvalid(Map.of("url", "http://example.org/h", "filters", Map.of("colour", "red")), "filters.colour");
        assertInvalid(Map.of("url", "http://example.org/h", "filters", Map.of("region", 7)), "filters.region");
        assertInvalid(Map.of("url", "http://example.org/h", "filters", "region=太原市"), "filters");
        // domain is an indicator filter: meaningless for a target-only webhook
        assertInvalid(Map.of("url", "http://example.org/h", "events", List.of("target"),
                "filters", Map.of("domain", "economy")), "filters.domain");
        assertInvalid(Map.of("url", "http://example.org/h", "secret", "short"), "secret");
        assertInvalid(Map.of("url", "http://example.org/h", "callback", "x"), "callback");
        assertInvalid(List.of("http://example.org/h"), "body");
        assertThat(given().header("X-API-Key", KEY).get("/api/webhooks").jsonPath().getList("id")).isEmpty();
    }

    private static void assertInvalid(Object body, String field) {
        Response response = register(body);
        assertThat(response.statusCode()).as(body.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(400);
        assertThat(response.jsonPath().getString("title")).isEqualTo("Invalid webhook");
        assertThat(response.jsonPath().getString("detail")).as(body.toString()).startsWith(field + ":");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/webhooks");
    }
}
