package org.plantrack.outbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.TestKafka;
import org.plantrack.testsupport.TestTopics;
import org.plantrack.testsupport.TestTraces;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relay round on a real PostgreSQL table and a real broker: order, trace, failures in the middle of a row, a
 * crash before the commit, and records the broker refuses for good.
 */
class OutboxRoundTest {

    private static final String EVENTS = "plantrack.test.outbox-events";
    private static final String UPDATES = "plantrack.test.outbox-updates";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final ChangeTable table = new ChangeTable("outbox");
    private OutboxFixture fixture;

    @BeforeAll
    static void topics() {
        TestKafka.createTopics(List.of(EVENTS, UPDATES), 3);
    }

    @BeforeEach
    void freshTable() throws Exception {
        fixture = new OutboxFixture();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void oneRowHoldsEveryRecordOfAChangeAndGoesOutInOrderWithItsTrace() throws Exception {
        String key = "row-" + UUID.randomUUID();
        String traceparent = TestTraces.traceparent(TestTraces.newTraceId());
        List<OutboxRecord> change = List.of(OutboxRecord.of(EVENTS, key, "a1"), OutboxRecord.of(EVENTS, key, "a2"),
                OutboxRecord.of(UPDATES, key, "t1"));
        try (Connection c = fixture.connect()) {
            table.insert(c, change, traceparent);
        }
        assertThat(fixture.rows()).isEqualTo(1);
        try (Connection c = fixture.transaction()) {
            List<OutboxRow> rows = table.claim(c, 10);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).records()).isEqualTo(change);
            // a second relay skips the locked row instead of sending it too
            try (Connection other = fixture.transaction()) {
                assertThat(table.claim(other, 10)).isEmpty();
                other.rollback();
            }
            c.rollback();
        }
        OutboxRound.Result result = round(fixture.producer());
        assertThat(result.outcome().published()).hasSize(1);
        assertThat(result.outcome().records()).isEqualTo(3);
        assertThat(fixture.rows()).isZero();
        List<ConsumerRecord<String, byte[]>> events = TestTopics.recordsWithKey(EVENTS, key, 2, WAIT, SETTLE);
        assertThat(events).extracting(r -> new String(r.value())).containsExactly("a1", "a2");
        assertThat(events).allSatisfy(r -> assertThat(TestTraces.traceIdOf(r)).isEqualTo(traceparent.split("-")[1]));
        assertThat(TestTopics.recordsWithKey(UPDATES, key, 1, WAIT, SETTLE)).hasSize(1);
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
     * Rows A (a1 a2 a3) and B (b1 b2) about one key, C about another; the send of a2 fails. Nothing may be marked
     * (C is behind the failed row, so even when acknowledged it waits: its order after A is kept), and the next
     * round sends everything again: the key's records end with a1 a2 a3 b1 b2, none missing.
     */
    private void partialFailure(boolean failLater) throws Exception {
        String key = "partial-" + UUID.randomUUID();
        String otherKey = key + "-other";
        try (Connection c = fixture.connect()) {
            table.insert(c, List.of(OutboxRecord.of(EVENTS, key, "a1"), OutboxRecord.of(EVENTS, key, "a2"),
                    OutboxRecord.of(EVENTS, key, "a3")), null);
            table.insert(c, List.of(OutboxRecord.of(EVENTS, key, "b1"), OutboxRecord.of(EVENTS, key, "b2")), null);
            table.insert(c, List.of(OutboxRecord.of(EVENTS, otherKey, "c1")), null);
        }
        OutboxRound.Result first = round(failLater ? fixture.failingLater(n -> n == 2) : fixture.refusing(n -> n == 2));
        assertThat(first.outcome().published()).isEmpty();
        assertThat(first.outcome().failure()).contains("record 2 of 3");
        assertThat(fixture.rows()).isEqualTo(3);

        OutboxRound.Result second = round(fixture.producer());
        assertThat(second.outcome().failure()).isNull();
        assertThat(second.outcome().published()).hasSize(3);
        assertThat(fixture.rows()).isZero();
        List<String> seen = TestTopics.recordsWithKey(EVENTS, key, failLater ? 9 : 6, WAIT, SETTLE)
                .stream().map(r -> new String(r.value())).toList();
        // the first round got a1 out (and, when a2 failed late, a3 b1 b2 too); then all of it again, in order
        assertThat(seen).containsExactlyElementsOf(failLater
                ? List.of("a1", "a3", "b1", "b2", "a1", "a2", "a3", "b1", "b2")
                : List.of("a1", "a1", "a2", "a3", "b1", "b2"));
        assertThat(TestTopics.recordsWithKey(EVENTS, otherKey, 1, WAIT, SETTLE))
                .extracting(r -> new String(r.value())).containsOnly("c1").hasSizeBetween(1, 2);
    }

    @Test
    void aCrashBetweenSendAndCommitSendsTheRowAgainDuplicatesButLosesNothing() throws Exception {
        String key = "crash-" + UUID.randomUUID();
        try (Connection c = fixture.connect()) {
            table.insert(c, List.of(OutboxRecord.of(EVENTS, key, "x1"), OutboxRecord.of(EVENTS, key, "x2")), null);
        }
        try (Connection crashing = fixture.transaction()) {
            OutboxRound.Result sent = new OutboxRound(table, new OutboxSender(fixture.producer(),
                    OutboxFixture.ACK_TIMEOUT)).run(crashing, 10);
            assertThat(sent.outcome().published()).hasSize(1);
            crashing.rollback(); // the process died before its round committed: the server rolls it back
        }
        assertThat(fixture.rows()).isEqualTo(1);
        assertThat(round(fixture.producer()).outcome().published()).hasSize(1);
        assertThat(fixture.rows()).isZero();
        assertThat(TestTopics.recordsWithKey(EVENTS, key, 4, WAIT, SETTLE))
                .extracting(r -> new String(r.value())).containsExactly("x1", "x2", "x1", "x2");
    }

    @Test
    void aRecordTheBrokerRefusesForGoodGivesItsRowUpAndTheRowsBehindItGoOut() throws Exception {
        String key = "too-large-" + UUID.randomUUID();
        try (Connection c = fixture.connect()) {
            // larger than the producer's max.request.size (1 MiB here): no retry can send it
            table.insert(c, List.of(OutboxRecord.of(EVENTS, key, "x".repeat(2 * 1024 * 1024))), null);
            table.insert(c, List.of(OutboxRecord.of(EVENTS, key, "small")), null);
        }
        OutboxRound.Result result = round(fixture.producer());
        assertThat(result.outcome().givenUp()).hasSize(1);
        assertThat(result.outcome().givenUp().values()).allSatisfy(reason ->
                assertThat(reason).contains("refused for good").contains("RecordTooLargeException"));
        assertThat(result.outcome().published()).hasSize(1);
        assertThat(result.outcome().failure()).isNull();
        assertThat(fixture.rows()).isZero();
        assertThat(TestTopics.recordsWithKey(EVENTS, key, 1, WAIT, SETTLE))
                .extracting(r -> new String(r.value())).containsExactly("small");
    }

    private OutboxRound.Result round(org.apache.kafka.clients.producer.Producer<String, byte[]> producer)
            throws Exception {
        try (Connection c = fixture.transaction()) {
            OutboxRound.Result result = new OutboxRound(table, new OutboxSender(producer, OutboxFixture.ACK_TIMEOUT))
                    .run(c, 10);
            c.commit();
            return result;
        }
    }
}
