package org.plantrack.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.TestKafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events of one Kafka poll reach an SSE client in one write. Each write of a chunked response is one HTTP
 * chunk, so the test reads the stream off a raw socket, chunk by chunk, and checks both the grouping and the exact
 * text of the events (what Quarkus REST's SseEventSink wrote, one chunk per event, before).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class CoalescedStreamTest {

    private static final Pattern EVENT = Pattern.compile("id:(\\d+)\nevent:indicator\ndata:([^\n]*)\n\n");

    private static KafkaProducer<String, String> producer;

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void producer() {
        // a linger long enough that the records sent together form one batch, which one poll returns whole
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 200), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @BeforeEach
    void liveConsumersPositioned() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (given().get(ManagementInterface.url("/health/ready")).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private static String event(String doc, int n) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"schemaVersion\":1,\"type\":\"ADDED\",\"targetKey\":"
                + "\"合并市|指标" + n + "|2021-2025\",\"indicator\":{\"id\":\"" + doc + "-" + n + "\",\"documentId\":\""
                + doc + "\",\"metric\":\"指标" + n + "\",\"kind\":\"target\",\"region\":\"合并市\"}}";
    }

    /** Sends the values as one producer batch on one partition (one key), in this order. */
    private static void sendTogether(String key, List<String> values) {
        for (String value : values) {
            producer.send(new ProducerRecord<>(Topics.INDICATOR_EVENTS, key, value));
        }
        producer.flush();
    }

    @Test
    void theEventsOfOnePollReachASubscriberInOneWriteWithTheSameTextAsBefore() throws Exception {
        String doc = "coalesced-" + UUID.randomUUID();
        try (ChunkedStream stream = new ChunkedStream(base, "/api/indicators/stream?documentId=" + doc)) {
            assertThat(stream.head).startsWith("HTTP/1.1 200").containsIgnoringCase("content-type: text/event-stream")
                    .containsIgnoringCase("transfer-encoding: chunked");
            assertThat(stream.next(Duration.ofSeconds(5))).isEqualTo(":connected to indicators\n\n");

            List<String> sent = new ArrayList<>();
            for (int n = 0; n < 20; n++) {
                sent.add(event(doc, n));
            }
            sendTogether(doc, sent);

            String chunk = stream.nextEvents(Duration.ofSeconds(20));
            assertThat(chunk).as("the first chunk with events of the poll").isNotNull();
            Matcher matcher = EVENT.matcher(chunk);
            List<String> data = new ArrayList<>();
            long lastId = 0;
            int end = 0;
            while (matcher.find() && matcher.start() == end) {
                assertThat(Long.parseLong(matcher.group(1))).isGreaterThan(lastId);
                lastId = Long.parseLong(matcher.group(1));
                data.add(matcher.group(2));
                end = matcher.end();
            }
            assertThat(end).as("the chunk is nothing but whole events").isEqualTo(chunk.length());
            assertThat(data).as("all 20 events in one chunk, in order, as published").isEqualTo(sent);
        }
    }

    @Test
    void aMalformedRecordAmongGoodOnesGoesToTheDeadLetterTopicAndTheOthersToTheStream() throws Exception {
        String doc = "with-bad-" + UUID.randomUUID();
        String bad = "不是事件 " + doc;
        try (ChunkedStream stream = new ChunkedStream(base, "/api/indicators/stream?documentId=" + doc)) {
            assertThat(stream.next(Duration.ofSeconds(5))).startsWith(":connected");
            List<String> values = new ArrayList<>();
            List<String> good = new ArrayList<>();
            for (int n = 0; n < 6; n++) {
                if (n == 3) {
                    values.add(bad);
                }
                good.add(event(doc, n));
                values.add(good.get(n));
            }
            sendTogether(doc, values);

            List<String> received = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (received.size() < good.size() && System.nanoTime() < deadline) {
                String chunk = stream.next(Duration.ofMillis(500));
                if (chunk != null) {
                    Matcher matcher = EVENT.matcher(chunk);
                    while (matcher.find()) {
                        received.add(matcher.group(2));
                    }
                }
            }
            assertThat(received).isEqualTo(good);
        }
        ConsumerRecord<String, String> dead = deadLetter(bad);
        assertThat(dead.key()).isEqualTo(doc);
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.INDICATOR_EVENTS);
        assertThat(header(dead, "dead-letter-reason")).isNotBlank();
        assertThat(given().get(ManagementInterface.url("/metrics")).asString())
                .contains("plantrack_dead_letters_total{topic=\"" + Topics.INDICATOR_EVENTS + "\"}");
    }

    private static ConsumerRecord<String, String> deadLetter(String value) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "coalesced-dlq-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.DLQ_GATEWAY));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (value.equals(record.value())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter with value " + value);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** An HTTP/1.1 GET over a plain socket whose chunked body is handed over chunk by chunk, as written. */
    static final class ChunkedStream implements AutoCloseable {

        final String head;
        private final Socket socket;
        private final InputStream in;
        private final BlockingQueue<String> chunks = new LinkedBlockingQueue<>();

        ChunkedStream(URI base, String pathAndQuery) throws IOException {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            in = socket.getInputStream();
            StringBuilder headers = new StringBuilder();
            for (String line = line(); !line.isEmpty(); line = line()) {
                headers.append(line).append('\n');
            }
            head = headers.toString();
            Thread reader = new Thread(this::readChunks, "chunk-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void readChunks() {
            try {
                while (true) {
                    int size = Integer.parseInt(line().strip(), 16);
                    if (size == 0) {
                        return;
                    }
                    chunks.add(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                    line(); // the CRLF after the chunk
                }
            } catch (IOException | RuntimeException closed) {
                // the test closed the socket
            }
        }

        private String line() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (b != '\r') {
                    bytes.write(b);
                }
            }
            if (b == -1) {
                throw new IOException("end of stream");
            }
            return bytes.toString(StandardCharsets.US_ASCII);
        }

        String next(Duration timeout) throws InterruptedException {
            return chunks.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The next chunk that is not a comment (heartbeats come every second in the test profile). */
        String nextEvents(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String chunk = next(Duration.ofMillis(200));
                if (chunk != null && !chunk.startsWith(":")) {
                    return chunk;
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
