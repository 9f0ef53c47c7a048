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
import org.plantrack.events.DocumentStateChangedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.TestKafka;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/documents/stream and {@code streams=documents} on the WebSocket: document state changes, live. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class DocumentStreamTest {

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

    private static void send(DocumentStateChangedV1 event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.DOCUMENTS_STATES, event.documentId(), EventJson.toBytes(event)))
                .get();
    }

    /**
     * The gateway's consumer starts at the latest offset once it has its partitions: events sent before are not
     * seen. Sends RECEIVED until one arrives, then the rest in order (one key, one partition).
     */
    private static List<SseClient.Event> receivedThen(SseClient client, String doc, DocumentStateChangedV1... rest)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            send(DocumentStateChangedV1.received(doc, 1, "规划.txt", Instant.now(), null, Instant.now()));
            SseClient.Event first = client.next(Duration.ofMillis(700));
            if (first != null) {
                List<SseClient.Event> events = new ArrayList<>(List.of(first));
                for (DocumentStateChangedV1 event : rest) {
                    send(event);
                }
                SseClient.Event next;
                while ((next = client.next(Duration.ofSeconds(2))) != null) {
                    events.add(next);
                }
                return events;
            }
        }
        throw new AssertionError("no document event arrived for " + doc);
    }

    private static DocumentStateChangedV1 parse(SseClient.Event event) {
        return EventJson.fromBytes(event.data().getBytes(StandardCharsets.UTF_8), DocumentStateChangedV1.class);
    }

    @Test
    void stateChangesOfTheDocumentsAskedForArriveInOrderAndResumeFromTheLastId() throws Exception {
        String doc = "doc-" + UUID.randomUUID();
        String other = "doc-" + UUID.randomUUID();
        try (SseClient client = new SseClient(base.resolve("/api/documents/stream?documentId=" + doc), null)) {
            assertThat(client.status).isEqualTo(200);
            assertThat(client.contentType).startsWith("text/event-stream");
            assertThat(client.nextComment(Duration.ofSeconds(5))).startsWith("connected");

            List<SseClient.Event> events = receivedThen(client, doc,
                    DocumentStateChangedV1.received(other, 1, "别的.txt", Instant.now(), null, Instant.now()),
                    DocumentStateChangedV1.analyzed(doc, 1, "某市规划纲要", "某市", "plan_outline", "2021-2025", 7,
                            Instant.now()),
                    DocumentStateChangedV1.deleted(doc, 2, Instant.now()));

            List<SseClient.Event> tail = events.subList(events.size() - 2, events.size());
            assertThat(events).allSatisfy(e -> assertThat(e.name()).isEqualTo("document"))
                    .noneMatch(e -> e.data().contains(other));
            assertThat(tail).extracting(e -> parse(e).state()).containsExactly(
                    DocumentStateChangedV1.State.ANALYZED, DocumentStateChangedV1.State.DELETED);
            assertThat(parse(tail.get(0)).indicatorCount()).isEqualTo(7);
            assertThat(parse(tail.get(0)).title()).isEqualTo("某市规划纲要");

            // reconnecting with the id before the last event replays only that one
            try (SseClient resumed = new SseClient(base.resolve("/api/documents/stream?documentId=" + doc),
                    tail.get(0).id())) {
                SseClient.Event replayed = resumed.next(Duration.ofSeconds(5));
                assertThat(replayed).isNotNull();
                assertThat(replayed.id()).isEqualTo(tail.get(1).id());
                assertThat(parse(replayed).state()).isEqualTo(DocumentStateChangedV1.State.DELETED);
                assertThat(resumed.next(Duration.ofMillis(500))).isNull();
            }
        }
    }

    @Test
    void theStateFilterKeepsOnlyTheNamedStates() throws Exception {
        String doc = "doc-" + UUID.randomUUID();
        try (SseClient client = new SseClient(base.resolve("/api/documents/stream?documentId=" + doc
                + "&state=RECEIVED,FAILED"), null)) {
            List<SseClient.Event> events = receivedThen(client, doc,
                    DocumentStateChangedV1.analyzed(doc, 1, null, null, null, null, 0, Instant.now()),
                    DocumentStateChangedV1.failed(doc, 2, "无法解码", Instant.now()));
            assertThat(events).extracting(e -> parse(e).state()).doesNotContain(DocumentStateChangedV1.State.ANALYZED)
                    .endsWith(DocumentStateChangedV1.State.FAILED);
        }
    }

    @Test
    void anUnknownStateIsRefusedNamingTheKnownOnes() {
        var response = given().queryParam("state", "DONE").get("/api/documents/stream");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains("state", "DONE", "ANALYZED");
    }

    @Test
    void webSocketClientsAskingForDocumentsGetTheirStateChanges() throws Exception {
        String doc = "ws-" + UUID.randomUUID();
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(
                URI.create(base.toString().replaceFirst("^http", "ws") + "api/ws?streams=documents&documentId=" + doc),
                new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            messages.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            String received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                send(DocumentStateChangedV1.failed(doc, 1, "无法解码", Instant.now()));
                String message;
                while ((message = messages.poll(700, TimeUnit.MILLISECONDS)) != null) {
                    // the "connected" control message names the stream too: wait for an event
                    if (message.contains("\"stream\":\"documents\"") && message.contains("\"event\":\"document\"")) {
                        received = message;
                        break;
                    }
                }
            }
            assertThat(received).isNotNull();
            var node = io.restassured.path.json.JsonPath.from(received);
            assertThat(node.getString("event")).isEqualTo("document");
            assertThat(node.getString("data.documentId")).isEqualTo(doc);
            assertThat(node.getString("data.state")).isEqualTo("FAILED");
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
