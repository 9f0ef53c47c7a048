package org.plantrack.targetservice.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.plantrack.events.Topics;
import org.plantrack.outbox.OutboxProducers;
import org.plantrack.outbox.OutboxRound;
import org.plantrack.outbox.OutboxRow;
import org.plantrack.outbox.OutboxSender;
import org.plantrack.targetservice.repository.TargetOutbox;
import org.plantrack.testsupport.TestKafka;
import org.plantrack.testsupport.TestPostgres;
import org.plantrack.testsupport.TestTopics;
import org.plantrack.testsupport.TestTraces;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * target-service's outbox table as its migrations leave it, published by the shared relay round (outbox module,
 * whose own tests cover order, failures and concurrent relays): rows written before migration V5 (one record
 * each) still go out, in order, with their trace.
 */
class OutboxMigrationTest {

    /** Topics of this test only: the application's tests read the real topics and parse every record as an event. */
    private static final String EVENTS = "plantrack.test.outbox-events";
    private static final String UPDATES = "plantrack.test.outbox-updates";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    @Test
    void rowsOfTheOldLayoutArePublishedAfterTheMigration() throws Exception {
        TestKafka.createTopics(List.of(EVENTS, UPDATES), Topics.DEFAULT_PARTITIONS);
        String url = TestPostgres.jdbcUrl("outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        migrate(url, "4.1"); // the layout before V5: one row per record
        String key = "old-layout-" + UUID.randomUUID();
        String traceparent = TestTraces.traceparent(TestTraces.newTraceId());
        try (Connection c = connect(url);
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
        migrate(url, null);

        Producer<String, byte[]> producer = OutboxProducers.create(TestKafka.bootstrapServers(), "migration-test",
                WAIT, 1024 * 1024, "lz4");
        try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            List<OutboxRow> rows = TargetOutbox.TABLE.claim(c, 10);
            assertThat(rows).extracting(r -> r.records().size()).containsExactly(1, 1, 1);
            assertThat(rows).extracting(OutboxRow::traceparent).containsExactly(traceparent, null, null);
            c.rollback();
            OutboxRound.Result result = new OutboxRound(TargetOutbox.TABLE, new OutboxSender(producer, WAIT))
                    .run(c, 10);
            c.commit();
            assertThat(result.outcome().failure()).isNull();
            assertThat(result.outcome().published()).hasSize(3);
            assertThat(TargetOutbox.TABLE.pending(c).count()).isZero();
        } finally {
            producer.close(Duration.ofSeconds(5));
        }
        List<ConsumerRecord<String, byte[]>> events = TestTopics.recordsWithKey(EVENTS, key, 2, WAIT, SETTLE);
        assertThat(events).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly("{\"old\":1}", "{\"old\":2}");
        assertThat(TestTraces.traceIdOf(events.get(0))).isEqualTo(traceparent.split("-")[1]);
        assertThat(TestTopics.recordsWithKey(UPDATES, key, 1, WAIT, SETTLE))
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("{\"old\":3}");
    }

    private static void migrate(String url, String target) {
        var config = Flyway.configure().dataSource(url, TestPostgres.user(), TestPostgres.password())
                .locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        config.load().migrate();
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
    }
}
