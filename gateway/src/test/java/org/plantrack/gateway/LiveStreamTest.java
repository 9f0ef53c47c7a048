package org.plantrack.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.TestKafka;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class LiveStreamTest {

    private static KafkaProducer<String, byte[]> producer;

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    private static IndicatorEventV1 indicatorEvent(String documentId, String region, String metric, String kind) {
        var indicator = new IndicatorV1(documentId + "-" + metric, documentId, metric, new BigDecimal("4500"), "家",
                kind, ">=", "increase", null, 2025, "到2025年，" + metric + "达到4500家。", 10, 14, "innovation",
                0.9, region, "2021-2025", null);
        return new IndicatorEventV1(EventIds.newId(), 1, IndicatorEventV1.Type.ADDED,
                region + "|" + metric + "|2021-2025", metric, indicator, Instant.now());
    }

    private static void send(String topic, String key, Object event) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, EventJson.toBytes(event))).get();
    }

    private URI uri(String path, String query) {
        return base.resolve(path + (query == null ? "" : "?" + query));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The gateway's consumer starts at the latest offset once it has partitions, so events produced before that are
     * (by design) not seen. Produce a non-matching event, then a matching one on the same key (same partition, so
     * in this order) until the matching one arrives; return everything received.
     */
    private List<SseClient.Event> produceUntilReceived(SseClient client, String key, Object excluded,
                                                       Object included, String marker) throws Exception {
        List<SseClient.Event> received = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            String topic = included instanceof TargetUpdatedV1 ? Topics.TARGETS_UPDATED : Topics.INDICATOR_EVENTS;
            if (excluded != null) {
                send(topic, key, excluded);
            }
            send(topic, key, included);
            SseClient.Event event;
            while ((event = client.next(Duration.ofMillis(700))) != null) {
                received.add(event);
                if (event.data().contains(marker)) {
                    return received;
                }
            }
        }
        throw new AssertionError("no event containing " + marker + " arrived; received " + received);
    }

    @Test
    void indicatorEventsReachSubscribersThroughTheirFilter() throws Exception {
        String doc = "doc-" + UUID.randomUUID();
        String metric = "高新技术企业数量-" + UUID.randomUUID();
        try (SseClient client = new SseClient(uri("/api/indicators/stream",
                "region=" + enc("太原市") + "&documentId=" + doc), null)) {
            assertThat(client.status).isEqualTo(200);
            assertThat(client.contentType).startsWith("text/event-stream");
            // the connection comment arrives before any event: the stream is flushed, not buffered
            assertThat(client.nextComment(Duration.ofSeconds(5))).startsWith("connected");

            var other = indicatorEvent(doc, "大同市", metric, "target");
            var wanted = indicatorEvent(doc, "太原市", metric, "target");
            List<SseClient.Event> firstRound = produceUntilReceived(client, "k-" + doc, other, wanted, "太原市");

            // the consumer is now live: a second round must deliver exactly the matching event
            var other2 = indicatorEvent(doc, "大同市", metric + "-2", "actual");
            var wanted2 = indicatorEvent(doc, "太原市", metric + "-2", "actual");
            send(Topics.INDICATOR_EVENTS, "k-" + doc, other2);
            send(Topics.INDICATOR_EVENTS, "k-" + doc, wanted2);
            SseClient.Event second = client.next(Duration.ofSeconds(10));

            List<SseClient.Event> all = new ArrayList<>(firstRound);
            all.add(second);
            assertThat(all).allSatisfy(e -> {
                assertThat(e.name()).isEqualTo("indicator");
                assertThat(e.data()).contains("太原市").doesNotContain("大同市");
            });
            assertThat(second).isNotNull();
            IndicatorEventV1 parsed = EventJson.fromBytes(second.data().getBytes(StandardCharsets.UTF_8),
                    IndicatorEventV1.class);
            assertThat(parsed.indicator().metric()).isEqualTo(metric + "-2");
            assertThat(parsed.indicator().value()).isEqualByComparingTo("4500");
            assertThat(parsed.indicator().unit()).isEqualTo("家");
            assertThat(parsed.indicator().kind()).isEqualTo("actual");
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(firstRound.get(0).id()));

            // a client reconnecting with the id of the first event gets what came after it, filtered the same way
            String firstId = all.get(all.size() - 2).id();
            try (SseClient resumed = new SseClient(uri("/api/indicators/stream",
                    "region=" + enc("太原市") + "&documentId=" + doc), firstId)) {
                SseClient.Event replayed = resumed.next(Duration.ofSeconds(5));
                assertThat(replayed).isNotNull();
                assertThat(replayed.id()).isEqualTo(second.id());
                assertThat(replayed.data()).isEqualTo(second.data());
                assertThat(resumed.next(Duration.ofMillis(500))).isNull();
            }
        }
    }

    @Test
    void targetUpdatesReachSubscribers() throws Exception {
        String metric = "研发投入强度-" + UUID.randomUUID();
        var update = new TargetUpdatedV1(EventIds.newId(), 1, "太原市|" + metric + "|2021-2025", 42L, "太原市", metric,
                "2021-2025", "%", new BigDecimal("2.5"), 2020, new BigDecimal("2.8"), 2022, new BigDecimal("3.2"),
                2025, ">=", 0.43, 0, List.of("latestActual"), Instant.now());
        try (SseClient client = new SseClient(uri("/api/targets/stream", "metric=" + enc(metric)), null)) {
            List<SseClient.Event> received = produceUntilReceived(client, update.targetKey(), null, update, metric);
            SseClient.Event event = received.get(received.size() - 1);
            assertThat(event.name()).isEqualTo("target");
            TargetUpdatedV1 parsed = EventJson.fromBytes(event.data().getBytes(StandardCharsets.UTF_8),
                    TargetUpdatedV1.class);
            assertThat(parsed.targetValue()).isEqualByComparingTo("3.2");
            assertThat(parsed.progress()).isEqualTo(0.43);
        }
    }

    private static TargetUpdatedV1 targetUpdate(String code, String region, String metric, String period,
                                                String status, String previousStatus) {
        return new TargetUpdatedV1(EventIds.newId(), 1, code + "|" + metric + "|" + period, 7L, region, metric, period,
                "亿元", new BigDecimal("100"), 2025, new BigDecimal("110"), 2026, new BigDecimal("150"), 2030, null, 0.2,
                0, List.of("status"), Instant.now(), status, previousStatus);
    }

    @Test
    void theTargetStreamFiltersByRegionHierarchyIndicatorAndStatusChange() throws Exception {
        // a period of this test's own, so that only these events could ever reach the subscriber
        String period = "p-" + UUID.randomUUID();
        String query = "region=140000&indicator=gdp&statusChanged=true&period=" + period;
        try (SseClient client = new SseClient(uri("/api/targets/stream", query), null)) {
            assertThat(client.status).isEqualTo(200);
            List<SseClient.Event> received = new ArrayList<>();
            String key = "filters-" + period;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            boolean arrived = false;
            while (!arrived && System.nanoTime() < deadline) {
                // another province, another indicator, no change of status: none passes; a city of 山西省 does
                send(Topics.TARGETS_UPDATED, key, targetUpdate("130100", "石家庄市", "地区生产总值", period, "lagging", "on_track"));
                send(Topics.TARGETS_UPDATED, key, targetUpdate("140100", "太原市", "森林覆盖率", period, "lagging", "on_track"));
                send(Topics.TARGETS_UPDATED, key, targetUpdate("140100", "太原市", "地区生产总值", period, "lagging", null));
                send(Topics.TARGETS_UPDATED, key, targetUpdate("140100", "太原市", "地区生产总值", period, "lagging", "on_track"));
                SseClient.Event event;
                while ((event = client.next(Duration.ofMillis(700))) != null) {
                    received.add(event);
                    arrived = true;
                }
            }
            assertThat(received).as("the matching update arrives").isNotEmpty().allSatisfy(e -> {
                TargetUpdatedV1 update = EventJson.fromBytes(e.data().getBytes(StandardCharsets.UTF_8),
                        TargetUpdatedV1.class);
                assertThat(update.region()).isEqualTo("太原市");
                assertThat(update.metric()).isEqualTo("地区生产总值");
                assertThat(update.previousStatus()).isEqualTo("on_track");
            });
        }
    }

    @Test
    void webSocketClientsGetFilteredEventsOfBothStreams() throws Exception {
        String doc = "ws-" + UUID.randomUUID();
        var messages = new java.util.concurrent.LinkedBlockingQueue<String>();
        var socket = openSocket("documentId=" + doc, messages);
        try {
            assertThat(messages.poll(5, java.util.concurrent.TimeUnit.SECONDS)).contains("\"event\":\"connected\"");
            String metric = "城镇新增就业-" + UUID.randomUUID();
            var other = indicatorEvent("other-" + doc, "太原市", metric, "target");
            var wanted = indicatorEvent(doc, "太原市", metric, "target");
            String received = null;
            List<String> all = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                send(Topics.INDICATOR_EVENTS, "ws-key", other);
                send(Topics.INDICATOR_EVENTS, "ws-key", wanted);
                String message;
                while ((message = messages.poll(700, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
                    all.add(message);
                    if (message.contains(metric)) {
                        received = message;
                        break;
                    }
                }
            }
            assertThat(received).isNotNull();
            assertThat(all).noneMatch(m -> m.contains("other-" + doc));
            var node = io.restassured.path.json.JsonPath.from(received);
            assertThat(node.getString("stream")).isEqualTo("indicators");
            assertThat(node.getString("event")).isEqualTo("indicator");
            assertThat(node.getLong("id")).isPositive();
            assertThat(node.getString("data.indicator.documentId")).isEqualTo(doc);
            assertThat(node.getString("data.indicator.unit")).isEqualTo("家");
        } finally {
            socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Test
    void onceReadyNoEventIsMissed() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        var health = given().get(ManagementInterface.url("/health/ready"));
        while (health.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            health = given().get(ManagementInterface.url("/health/ready"));
        }
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.asString()).contains("Live event consumers");

        String doc = "ready-" + UUID.randomUUID();
        try (SseClient client = new SseClient(uri("/api/indicators/stream", "documentId=" + doc), null)) {
            assertThat(client.nextComment(Duration.ofSeconds(5))).startsWith("connected");
            // exactly one event, sent once: readiness promised the consumer is positioned
            send(Topics.INDICATOR_EVENTS, "once-" + doc, indicatorEvent(doc, "晋中市", "单次指标", "target"));
            SseClient.Event event = client.next(Duration.ofSeconds(15));
            assertThat(event).isNotNull();
            assertThat(event.data()).contains(doc).contains("单次指标");
        }
    }

    @Test
    void heartbeatsKeepIdleStreamsAlive() throws Exception {
        try (SseClient client = new SseClient(uri("/api/targets/stream", null), null)) {
            assertThat(client.nextComment(Duration.ofSeconds(5))).startsWith("connected");
            // heartbeat-interval is 1s in the test profile (15s otherwise)
            assertThat(client.nextComment(Duration.ofSeconds(5))).isEqualTo("heartbeat");
        }
    }

    @Test
    void oversizedFilterIsRefused() {
        var response = given().queryParam("region", "区".repeat(300)).get("/api/indicators/stream");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains("region");
    }

    /** Opens /api/ws with the query; every text message lands in {@code messages}. */
    private java.net.http.WebSocket openSocket(String query, java.util.concurrent.BlockingQueue<String> messages)
            throws Exception {
        var listener = new java.net.http.WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket socket, CharSequence data,
                                                                  boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(partial.toString());
                    partial.setLength(0);
                }
                socket.request(1);
                return null;
            }
        };
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws") + "api/ws?" + query);
        return java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(ws, listener).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Ids of the last event a client saw and of the two it then missed, all on the document's indicator stream. */
    private record Missed(long seen, String a, String b) {
    }

    /** An SSE client sees one event of the document; two more follow "while the WebSocket client is away". */
    private Missed eventsMissedWhileAway(String doc, String key) throws Exception {
        try (SseClient client = new SseClient(uri("/api/indicators/stream", "documentId=" + doc), null)) {
            assertThat(client.nextComment(Duration.ofSeconds(5))).startsWith("connected");
            List<SseClient.Event> first = produceUntilReceived(client, key, null,
                    indicatorEvent(doc, "太原市", "已见指标", "target"), "已见指标");
            long seen = Long.parseLong(first.get(first.size() - 1).id());
            // the SSE client proves the hub has them
            send(Topics.INDICATOR_EVENTS, key, indicatorEvent(doc, "太原市", "错过指标甲", "target"));
            send(Topics.INDICATOR_EVENTS, key, indicatorEvent(doc, "太原市", "错过指标乙", "actual"));
            SseClient.Event a = client.next(Duration.ofSeconds(15));
            // under load the seen event may have been sent more than once before it arrived; its later copies come
            // before the missed ones (one key, one partition), and the last copy is the one the client saw last
            while (a != null && a.data().contains("已见指标")) {
                seen = Long.parseLong(a.id());
                a = client.next(Duration.ofSeconds(15));
            }
            SseClient.Event b = client.next(Duration.ofSeconds(15));
            assertThat(a).isNotNull();
            assertThat(b).isNotNull();
            return new Missed(seen, a.id(), b.id());
        }
    }

    /** After "connected": the two missed events in order, then a live one, and never the one seen before. */
    private static void assertReplayedThenLive(java.util.concurrent.BlockingQueue<String> messages, Missed missed,
                                               String doc, String key) throws Exception {
        assertThat(messages.poll(5, java.util.concurrent.TimeUnit.SECONDS)).contains("\"event\":\"connected\"");
        var replayedA = io.restassured.path.json.JsonPath.from(messages.poll(5, java.util.concurrent.TimeUnit.SECONDS));
        var replayedB = io.restassured.path.json.JsonPath.from(messages.poll(5, java.util.concurrent.TimeUnit.SECONDS));
        assertThat(replayedA.getString("id")).isEqualTo(missed.a());
        assertThat(replayedA.getString("data.indicator.metric")).isEqualTo("错过指标甲");
        assertThat(replayedB.getString("id")).isEqualTo(missed.b());
        assertThat(replayedB.getString("data.indicator.metric")).isEqualTo("错过指标乙");

        send(Topics.INDICATOR_EVENTS, key, indicatorEvent(doc, "太原市", "实时指标", "target"));
        String live = messages.poll(15, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(live).contains("实时指标");
        assertThat(io.restassured.path.json.JsonPath.from(live).getLong("id")).isGreaterThan(Long.parseLong(missed.b()));
        // the event seen before the resume point is not sent again, and nothing is sent twice
        assertThat(messages).noneMatch(m -> m.contains("已见指标") || m.contains("错过指标"));
    }

    @Test
    void aWebSocketResumingFromAnIdGetsTheRetainedEventsAfterItThenLiveOnes() throws Exception {
        assertWebSocketResumes("resume", false);
    }

    @Test
    void aWebSocketMayResumeWithItsFirstMessageInstead() throws Exception {
        assertWebSocketResumes("resume-msg", true);
    }

    /** Resumes with the lastEventId parameter, or with a first {"resume": id} message. */
    private void assertWebSocketResumes(String prefix, boolean byMessage) throws Exception {
        String doc = prefix + "-" + UUID.randomUUID();
        String key = prefix + "-key";
        Missed missed = eventsMissedWhileAway(doc, key);

        var messages = new java.util.concurrent.LinkedBlockingQueue<String>();
        String query = "streams=indicators&documentId=" + doc + (byMessage ? "" : "&lastEventId=" + missed.seen());
        var socket = openSocket(query, messages);
        try {
            if (byMessage) {
                socket.sendText("{\"resume\": " + missed.seen() + "}", true)
                        .get(5, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertReplayedThenLive(messages, missed, doc, key);
        } finally {
            socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Test
    void aMalformedOrLateResumeMessageGetsAnErrorFrameAndTheSocketStaysLive() throws Exception {
        String doc = "bad-resume-" + UUID.randomUUID();
        var messages = new java.util.concurrent.LinkedBlockingQueue<String>();
        var socket = openSocket("streams=indicators&documentId=" + doc, messages);
        var notJson = new java.util.concurrent.LinkedBlockingQueue<String>();
        var notJsonSocket = openSocket("streams=targets", notJson);
        var late = new java.util.concurrent.LinkedBlockingQueue<String>();
        var lateSocket = openSocket("streams=targets&lastEventId=0", late);
        try {
            socket.sendText("{\"resume\": \"yesterday\"}", true).get(5, java.util.concurrent.TimeUnit.SECONDS);
            notJsonSocket.sendText("hello", true).get(5, java.util.concurrent.TimeUnit.SECONDS);
            lateSocket.sendText("{\"resume\": 3}", true).get(5, java.util.concurrent.TimeUnit.SECONDS);

            var error = io.restassured.path.json.JsonPath.from(nextError(messages));
            assertThat(error.getString("type")).isEqualTo("invalid-resume");
            assertThat(error.getString("detail")).contains("\"resume\" must be an event id").contains("yesterday");
            assertThat(io.restassured.path.json.JsonPath.from(nextError(notJson)).getString("detail"))
                    .contains("JSON object");
            var tooLate = io.restassured.path.json.JsonPath.from(nextError(late));
            assertThat(tooLate.getString("type")).isEqualTo("resume-too-late");
            assertThat(tooLate.getString("detail")).contains("first message");

            // the connection stays open and live
            String metric = "坏续传后指标-" + UUID.randomUUID();
            String received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                send(Topics.INDICATOR_EVENTS, "bad-resume-key", indicatorEvent(doc, "太原市", metric, "target"));
                String message;
                while ((message = messages.poll(700, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
                    if (message.contains(metric)) {
                        received = message;
                        break;
                    }
                }
            }
            assertThat(received).as("a live event after the error frame").isNotNull();
        } finally {
            socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done");
            notJsonSocket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done");
            lateSocket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    /** The next error frame (skipping "connected"), or a failure naming what arrived instead. */
    private static String nextError(java.util.concurrent.BlockingQueue<String> messages) throws Exception {
        List<String> seen = new ArrayList<>();
        String message;
        while ((message = messages.poll(5, java.util.concurrent.TimeUnit.SECONDS)) != null) {
            if (message.contains("\"event\":\"error\"")) {
                return message;
            }
            seen.add(message);
        }
        throw new AssertionError("no error frame; received " + seen);
    }

    /** The value of plantrack_gateway_sse_subscribers for a stream and transport. */
    private static double subscribers(String stream, String transport) {
        return given().get(ManagementInterface.url("/metrics")).asString().lines()
                .filter(l -> l.startsWith("plantrack_gateway_sse_subscribers{"))
                .filter(l -> l.contains("stream=\"" + stream + "\"") && l.contains("transport=\"" + transport + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }

    private static void awaitSubscribers(String stream, String transport, double expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (subscribers(stream, transport) != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(subscribers(stream, transport)).as(stream + "/" + transport).isEqualTo(expected);
    }

    @Test
    void subscriberGaugesFollowConnectionsByTransport() throws Exception {
        assertThat(subscribers("targets", "sse")).as("gauge exported").isGreaterThanOrEqualTo(0);
        assertThat(subscribers("targets", "websocket")).as("gauge exported").isGreaterThanOrEqualTo(0);
        // connections closed by earlier tests leave at their next heartbeat; start from a settled count, or the
        // baseline would include a subscriber that disappears during this test
        awaitSubscribers("targets", "sse", 0);
        awaitSubscribers("targets", "websocket", 0);
        double sse = 0;
        double ws = 0;

        var socket = openSocket("streams=targets", new java.util.concurrent.LinkedBlockingQueue<>());
        try (SseClient client = new SseClient(uri("/api/targets/stream", null), null)) {
            assertThat(client.nextComment(Duration.ofSeconds(5))).startsWith("connected");
            awaitSubscribers("targets", "sse", sse + 1);
            awaitSubscribers("targets", "websocket", ws + 1);
        } finally {
            socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done").get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        // a closed SSE connection is noticed at the next heartbeat (1s in the test profile)
        awaitSubscribers("targets", "sse", sse);
        awaitSubscribers("targets", "websocket", ws);
    }
}
