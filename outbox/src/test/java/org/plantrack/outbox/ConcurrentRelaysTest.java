package org.plantrack.outbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.TestKafka;
import org.plantrack.testsupport.TestTopics;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances of a service run a relay each on one table: they must share the rows without publishing one
 * twice, and the records of one key must reach the topic in the order they were written.
 */
class ConcurrentRelaysTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final ChangeTable table = new ChangeTable("outbox");
    private OutboxFixture fixture;
    private String topic;

    @BeforeEach
    void freshTableAndTopic() throws Exception {
        fixture = new OutboxFixture();
        topic = "plantrack.test.outbox-concurrent-" + UUID.randomUUID();
        TestKafka.createTopics(List.of(topic), 3);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void twoRelaysClaimingAtTheSameTimePublishEveryRowOnceAndEachKeyInOrder() throws Exception {
        int keys = 6;
        int rowsPerKey = 40;
        // rows of all keys interleaved, two records each: key k's records are k:1, k:2, ... in id order
        try (Connection c = fixture.connect()) {
            for (int n = 1; n <= rowsPerKey; n++) {
                for (int k = 0; k < keys; k++) {
                    table.insert(c, List.of(OutboxRecord.of(topic, "k" + k, "k" + k + ":" + (2 * n - 1)),
                            OutboxRecord.of(topic, "k" + k, "k" + k + ":" + (2 * n))), null);
                }
            }
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService relays = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> published = new ArrayList<>();
            for (int relay = 0; relay < 2; relay++) {
                OutboxRound round = new OutboxRound(table, new OutboxSender(fixture.producer(),
                        OutboxFixture.ACK_TIMEOUT));
                published.add(relays.submit(relayUntilEmpty(round, start)));
            }
            start.countDown();
            int first = published.get(0).get(2, TimeUnit.MINUTES);
            int second = published.get(1).get(2, TimeUnit.MINUTES);
            assertThat(first + second).as("rows published by both relays together").isEqualTo(keys * rowsPerKey);
            assertThat(first).as("rows published by the first relay").isPositive();
            assertThat(second).as("rows published by the second relay").isPositive();
        } finally {
            relays.shutdownNow();
        }
        assertThat(fixture.rows()).isZero();

        int expected = keys * rowsPerKey * 2;
        List<ConsumerRecord<String, byte[]>> all = TestTopics.read(topic, r -> true, expected, WAIT);
        assertThat(all).hasSize(expected);
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        all.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new String(r.value())));
        for (int k = 0; k < keys; k++) {
            String key = "k" + k;
            List<String> inOrder = IntStream.rangeClosed(1, rowsPerKey * 2).mapToObj(n -> key + ":" + n).toList();
            assertThat(byKey.get(key)).as("records of %s, as published", key).containsExactlyElementsOf(inOrder);
        }
        // nothing came twice (a settled second read finds no more than the first)
        assertThat(TestTopics.recordsWithKey(topic, "k0", rowsPerKey * 2, WAIT, Duration.ofSeconds(2)))
                .hasSize(rowsPerKey * 2);
    }

    @Test
    void aRowWhoseKeyAnOlderRowOfAnotherRelayHoldsWaitsAndSoDoTheRowsBehindItAboutTheSameKeys() throws Exception {
        try (Connection c = fixture.connect()) {
            table.insert(c, List.of(OutboxRecord.of(topic, "a", "a1")), null);       // held by relay 1
            table.insert(c, List.of(OutboxRecord.of(topic, "a", "a2"),
                    OutboxRecord.of(topic, "b", "b1")), null);                          // a is held: waits
            table.insert(c, List.of(OutboxRecord.of(topic, "b", "b2")), null);       // behind b1: waits
            table.insert(c, List.of(OutboxRecord.of(topic, "c", "c1")), null);       // free: goes
        }
        try (Connection holding = fixture.transaction(); Connection other = fixture.transaction()) {
            assertThat(table.claim(holding, 1)).hasSize(1);
            OutboxRound.Result result = new OutboxRound(table, new OutboxSender(fixture.producer(),
                    OutboxFixture.ACK_TIMEOUT)).run(other, 10);
            other.commit();
            assertThat(result.claimed()).isEqualTo(3);
            assertThat(result.held()).isEqualTo(2);
            assertThat(result.outcome().published()).extracting(row -> row.records().get(0).payloadText())
                    .containsExactly("c1");
            holding.rollback();
        }
        assertThat(fixture.rows()).isEqualTo(3);
        try (Connection c = fixture.transaction()) {
            OutboxRound.Result rest = new OutboxRound(table, new OutboxSender(fixture.producer(),
                    OutboxFixture.ACK_TIMEOUT)).run(c, 10);
            c.commit();
            assertThat(rest.held()).isZero();
            assertThat(rest.outcome().published()).hasSize(3);
        }
        List<ConsumerRecord<String, byte[]>> all = TestTopics.read(topic, r -> true, 5, WAIT);
        assertThat(all).extracting(r -> new String(r.value())).containsExactlyInAnyOrder("c1", "a1", "a2", "b1", "b2");
        assertThat(all).filteredOn(r -> r.key().equals("a")).extracting(r -> new String(r.value()))
                .containsExactly("a1", "a2");
        assertThat(all).filteredOn(r -> r.key().equals("b")).extracting(r -> new String(r.value()))
                .containsExactly("b1", "b2");
    }

    /** A relay's loop: rounds in their own transactions until a round finds nothing. @return rows published */
    private Callable<Integer> relayUntilEmpty(OutboxRound round, CountDownLatch start) {
        return () -> {
            start.await();
            int published = 0;
            try (Connection c = fixture.transaction()) {
                while (true) {
                    OutboxRound.Result result = round.run(c, 5);
                    c.commit();
                    published += result.outcome().published().size();
                    if (result.claimed() == 0) {
                        if (fixture.rows() == 0) {
                            return published;
                        }
                        Thread.sleep(10); // the other relay holds what is left
                    }
                }
            }
        };
    }
}
