package org.plantrack.targetservice.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrack.events.Topics;
import org.plantrack.targetservice.domain.OutboxChange;
import org.plantrack.targetservice.domain.OutboxRecord;
import org.plantrack.targetservice.repository.OutboxRepository;
import org.plantrack.testsupport.TestKafka;
import org.plantrack.testsupport.TestPostgres;
import org.plantrack.testsupport.TestTopics;
import org.plantrack.testsupport.TestTraces;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's way to Kafka without the application: the table (as Flyway migrates it) on a real PostgreSQL, the
 * sender with a real idempotent producer on a real broker. Failures are injected by a producer that refuses or
 * fails chosen sends and hands every other record to the real broker.
 */
class OutboxPublishingTest {

    /**
     * Topics of this test only: the application's tests in the same JVM read the real topics and parse every record
     * there as an event, and these payloads are not events.
     */
    private static final String EVENTS = "plantrack.test.outbox-events";
    private static final String UPDATES = "plantrack.test.outbox-updates";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private String url;
    private final List<Producer<String, byte[]>> producers = new ArrayList<>();

    @BeforeAll
    static void topics() {
        TestKafka.createTopics(List.of(EVENTS, UPDATES), Topics.DEFAULT_PARTITIONS);
    }

    @BeforeEach
    void freshDatabase() {
        url = TestPostgres.jdbcUrl("outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    @AfterEach
    void closeProducers() {
        producers.forEach(p -> p.close(Duration.ofSeconds(5)));
    }

    @Test
    void rowsOfTheOldLayoutArePublishedAfterTheMigration() throws Exception {
        migrate("4.1"); // the layout before V5: one row per record
        String key = "old-layout-" + UUID.randomUUID();
        String traceparent = TestTraces.traceparent(TestTraces.newTraceId());
        try (Connection c = connect();
             PreparedStatement insert = c.prepareStatement("insert into outbox (topic, message_key, payload, "
                     + "traceparent) values (?, ?, ?, ?)")) {
            for (int n = 1; n <= 3; n++) {
                insert.setString(1, n == 3 ? UPDATES : EVENTS);
                insert.setString(2, key);
                insert.setString(3, "{\"old\":" + n + "}");
                insert.setString(4, n == 1 ? traceparent : null);
                insert.executeUpdate();
            }
        }
        migrate(null);

        try (Connection c = connect()) {
            c.setAutoCommit(false);
            List<OutboxChange> rows = OutboxRepository.lockOldest(c, 10);
            assertThat(rows).extracting(r -> r.records().size()).containsExactly(1, 1, 1);
            assertThat(rows).extracting(OutboxChange::traceparent).containsExactly(traceparent, null, null);
            OutboxSender.Outcome outcome = new OutboxSender(producer(n -> false), ACK_TIMEOUT).send(rows);
            assertThat(outcome.failure()).isNull();
            OutboxRepository.delete(c, outcome.published());
            c.commit();
            assertThat(OutboxRepository.count(c)).isZero();
        }
        List<ConsumerRecord<String, byte[]>> events = TestTopics.recordsWithKey(EVENTS, key, 2,
                WAIT, SETTLE);
        assertThat(events).extracting(r -> text(r.value())).containsExactly("{\"old\":1}", "{\"old\":2}");
        assertThat(TestTraces.traceIdOf(events.get(0))).isEqualTo(TraceIds.of(traceparent));
        assertThat(TestTopics.recordsWithKey(UPDATES, key, 1, WAIT, SETTLE))
                .extracting(r -> text(r.value())).containsExactly("{\"old\":3}");
    }

    @Test
    void oneRowHoldsEveryRecordOfAChangeAndGoesOutInOrderWithItsTrace() throws Exception {
        migrate(null);
        String key = "row-" + UUID.randomUUID();
        String traceparent = TestTraces.traceparent(TestTraces.newTraceId());
        List<OutboxRecord> change = List.of(record(EVENTS, key, "a1"),
                record(EVENTS, key, "a2"), record(UPDATES, key, "t1"));
        try (Connection c = connect()) {
            OutboxRepository.insert(c, change, traceparent, Instant.now());
            assertThat(OutboxRepository.count(c)).isEqualTo(1);
            c.setAutoCommit(false);
            List<OutboxChange> rows = OutboxRepository.lockOldest(c, 10);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).records()).isEqualTo(change);
            // a second publisher skips the locked row instead of sending it too
            try (Connection other = connect()) {
                other.setAutoCommit(false);
                assertThat(OutboxRepository.lockOldest(other, 10)).isEmpty();
                other.rollback();
            }
            OutboxSender.Outcome outcome = new OutboxSender(producer(n -> false), ACK_TIMEOUT).send(rows);
            assertThat(outcome.published()).containsExactly(rows.get(0).id());
            assertThat(outcome.records()).isEqualTo(3);
            OutboxRepository.delete(c, outcome.published());
            c.commit();
        }
        List<ConsumerRecord<String, byte[]>> events = TestTopics.recordsWithKey(EVENTS, key, 2,
                WAIT, SETTLE);
        assertThat(events).extracting(r -> text(r.value())).containsExactly("a1", "a2");
        assertThat(events).allSatisfy(r -> assertThat(TestTraces.traceIdOf(r)).isEqualTo(TraceIds.of(traceparent)));
    }

    @Test
    void aRecordRefusedMidRowLeavesTheRowAndEveryLaterRowAndTheNextRoundSendsThemWholeInOrder() throws Exception {
        partialFailure(false);
    }

    @Test
    void aRecordFailingAfterLaterOnesWentOutLeavesTheRowAndTheNextRoundSendsItWholeInOrder() throws Exception {
        partialFailure(true);
    }

    /**
     * Rows A (a1 a2 a3) and B (b1 b2) about one key, C about another; the send of a2 fails. Nothing may be deleted
     * (C is behind the failed row, so even when acknowledged it must wait: its order after A is kept), and the next
     * round sends everything again: the key's records end with a1 a2 a3 b1 b2, none missing.
     */
    private void partialFailure(boolean failLater) throws Exception {
        migrate(null);
        String key = "partial-" + UUID.randomUUID();
        String otherKey = key + "-other";
        try (Connection c = connect()) {
            OutboxRepository.insert(c, List.of(record(EVENTS, key, "a1"),
                    record(EVENTS, key, "a2"), record(EVENTS, key, "a3")),
                    null, Instant.now());
            OutboxRepository.insert(c, List.of(record(EVENTS, key, "b1"),
                    record(EVENTS, key, "b2")), null, Instant.now());
            OutboxRepository.insert(c, List.of(record(EVENTS, otherKey, "c1")), null,
                    Instant.now());

            c.setAutoCommit(false);
            Producer<String, byte[]> failing = failLater ? producerFailingLater(n -> n == 2) : producer(n -> n == 2);
            List<OutboxChange> rows = OutboxRepository.lockOldest(c, 10);
            OutboxSender.Outcome first = new OutboxSender(failing, ACK_TIMEOUT).send(rows);
            assertThat(first.published()).isEmpty();
            assertThat(first.failure()).contains("record 2 of 3");
            OutboxRepository.delete(c, first.published());
            c.commit();
            assertThat(OutboxRepository.count(c)).isEqualTo(3);

            rows = OutboxRepository.lockOldest(c, 10);
            OutboxSender.Outcome second = new OutboxSender(producer(n -> false), ACK_TIMEOUT).send(rows);
            assertThat(second.failure()).isNull();
            assertThat(second.published()).hasSize(3);
            OutboxRepository.delete(c, second.published());
            c.commit();
            assertThat(OutboxRepository.count(c)).isZero();
        }
        List<String> seen = TestTopics.recordsWithKey(EVENTS, key, failLater ? 9 : 6, WAIT, SETTLE)
                .stream().map(r -> text(r.value())).toList();
        // the first round got a1 out (and, when a2 failed late, a3 b1 b2 too); then all of it again, in order
        assertThat(seen).containsExactlyElementsOf(failLater
                ? List.of("a1", "a3", "b1", "b2", "a1", "a2", "a3", "b1", "b2")
                : List.of("a1", "a1", "a2", "a3", "b1", "b2"));
        assertThat(TestTopics.recordsWithKey(EVENTS, otherKey, 1, WAIT, SETTLE))
                .extracting(r -> text(r.value())).containsOnly("c1").hasSizeBetween(1, 2);
    }

    @Test
    void aCrashBetweenSendAndDeleteSendsTheRowAgainDuplicatesButLosesNothing() throws Exception {
        migrate(null);
        String key = "crash-" + UUID.randomUUID();
        try (Connection c = connect()) {
            OutboxRepository.insert(c, List.of(record(EVENTS, key, "x1"),
                    record(EVENTS, key, "x2")), null, Instant.now());
        }
        try (Connection crashing = connect()) {
            crashing.setAutoCommit(false);
            List<OutboxChange> rows = OutboxRepository.lockOldest(crashing, 10);
            OutboxSender.Outcome sent = new OutboxSender(producer(n -> false), ACK_TIMEOUT).send(rows);
            assertThat(sent.published()).hasSize(1);
            OutboxRepository.delete(crashing, sent.published());
            crashing.rollback(); // the process died before its delete committed: the server rolls it back
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            List<OutboxChange> rows = OutboxRepository.lockOldest(c, 10);
            assertThat(rows).hasSize(1);
            OutboxRepository.delete(c, new OutboxSender(producer(n -> false), ACK_TIMEOUT).send(rows).published());
            c.commit();
            assertThat(OutboxRepository.count(c)).isZero();
        }
        assertThat(TestTopics.recordsWithKey(EVENTS, key, 4, WAIT, SETTLE))
                .extracting(r -> text(r.value())).containsExactly("x1", "x2", "x1", "x2");
    }

    private void migrate(String target) {
        var config = Flyway.configure().dataSource(url, TestPostgres.user(), TestPostgres.password())
                .locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        config.load().migrate();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
    }

    private static OutboxRecord record(String topic, String key, String payload) {
        return new OutboxRecord(topic, key, payload);
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> config() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    }

    /** A real producer that refuses the chosen sends (1-based) at once, as send() does with the broker away. */
    private Producer<String, byte[]> producer(IntPredicate refuse) {
        Producer<String, byte[]> p = new KafkaProducer<>(config(), new StringSerializer(), new ByteArraySerializer()) {
            private int sends;

            @Override
            public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
                if (refuse.test(++sends)) {
                    throw new org.apache.kafka.common.errors.TimeoutException("injected: no metadata in time");
                }
                return super.send(record, callback);
            }
        };
        producers.add(p);
        return p;
    }

    /** A real producer whose chosen sends fail a moment later, after the records behind them were handed over. */
    private Producer<String, byte[]> producerFailingLater(IntPredicate fail) {
        Producer<String, byte[]> p = new KafkaProducer<>(config(), new StringSerializer(), new ByteArraySerializer()) {
            private int sends;

            @Override
            public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
                if (fail.test(++sends)) {
                    CompletableFuture<RecordMetadata> later = new CompletableFuture<>();
                    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> later
                            .completeExceptionally(new NetworkException("injected: connection lost")));
                    return later;
                }
                return super.send(record, callback);
            }
        };
        producers.add(p);
        return p;
    }

    /** The trace id inside a traceparent (version-traceid-spanid-flags). */
    private static final class TraceIds {
        static String of(String traceparent) {
            return traceparent.split("-")[1];
        }
    }
}
