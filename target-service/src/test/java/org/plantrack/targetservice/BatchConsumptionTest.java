package org.plantrack.targetservice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.Topics;
import org.plantrack.targetservice.service.AggregationService;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestKafka;
import org.plantrack.testsupport.TestTopics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polls applied as one transaction: what a poll holds must come out as if its records had been applied one after
 * the other, a bad record in it must not take the others down, and two polls about the same targets must not
 * deadlock. Records of one test go to one partition in one producer batch, so the consumer gets them in one poll
 * (unless it happens to poll in between, which makes the test weaker, never wrong).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class BatchConsumptionTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    AggregationService aggregation;

    @Test
    void aMalformedRecordInTheMiddleOfAPollIsDeadLetteredAndTheRestApplied() {
        String region = "北坡市";
        String before = doc();
        String after = doc();
        String badKey = "bad-" + UUID.randomUUID();
        byte[] garbage = "{\"documentId\": \"x\", \"indicators\": [{\"value\": 1}]}".getBytes(StandardCharsets.UTF_8);
        publishInOneBatch(List.of(
                record(before, bytes(event(before, 1, region, target(before, "地区生产总值", "5000", "亿元", 2025)))),
                record(badKey, garbage),
                record(after, bytes(event(after, 1, region, actual(after, "地区生产总值", "4000", "亿元", 2020))))));

        List<ConsumerRecord<String, byte[]>> dead = TestTopics.read(Topics.DLQ_TARGET, r -> badKey.equals(r.key()), 1,
                WAIT);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(garbage);
        awaitIndicators(before, 1);
        awaitIndicators(after, 1);
        assertThat(given().queryParam("region", region).get("/targets").then().extract().jsonPath()
                .getInt("[0].indicators")).isEqualTo(2);
    }

    @Test
    void twoRunsOfOneDocumentInOnePollEndAsTheLaterRun() {
        String region = "南岭市";
        String doc = doc();
        IndicatorV1 kept = target(doc, "地区生产总值", "5000", "亿元", 2025);
        IndicatorV1 dropped = actual(doc, "常住人口", "300", "万人", 2020);
        IndicatorV1 added = target(doc, "常住人口", "320", "万人", 2025);
        publishInOneBatch(List.of(record(doc, bytes(event(doc, 1, region, kept, dropped))),
                record(doc, bytes(event(doc, 2, region, kept, added)))));
        awaitRun(doc, 2);
        assertThat(indicatorIds(doc)).containsExactlyInAnyOrder(kept.id(), added.id());

        // and a late older run in the same poll as a newer one changes nothing
        String other = doc();
        IndicatorV1 newer = target(other, "地区生产总值", "6000", "亿元", 2025);
        IndicatorV1 older = target(other, "地区生产总值", "5500", "亿元", 2025);
        publishInOneBatch(List.of(record(other, bytes(event(other, 3, region, newer))),
                record(other, bytes(event(other, 2, region, older)))));
        awaitRun(other, 3);
        await(() -> staleCount() >= 1, "the stale run to be counted");
        assertThat(indicatorIds(other)).containsExactly(newer.id());
        // the population target lost 2020's actual and got 2025's target: exactly what run 2 alone gives
        assertThat(given().queryParam("region", region).queryParam("metric", "常住人口").get("/targets").then()
                .extract().jsonPath().getList("indicators", Integer.class)).containsExactly(1);
    }

    @Test
    void aDocumentWhoseApplyKeepsFailingIsDeadLetteredAndTheRestOfThePollApplied() {
        String region = "东川市";
        String first = doc();
        String poison = doc();
        String last = doc();
        // PostgreSQL refuses a NUL character in text: valid JSON, a valid event, a database error on every attempt
        IndicatorV1 refused = new IndicatorV1(poison + "-1", poison, "地区生产总值", new BigDecimal("1"), "亿元",
                "target", null, null, null, 2025, "到2025年\u0000地区生产总值", 0, 4, "economy", 0.9, null, null,
                null);
        byte[] poisonBytes = bytes(event(poison, 1, region, refused));
        publishInOneBatch(List.of(
                record(first, bytes(event(first, 1, region, target(first, "地区生产总值", "5000", "亿元", 2025)))),
                record(poison, poisonBytes),
                record(last, bytes(event(last, 1, region, actual(last, "地区生产总值", "4000", "亿元", 2020))))));

        List<ConsumerRecord<String, byte[]>> dead = TestTopics.read(Topics.DLQ_TARGET, r -> poison.equals(r.key()), 1,
                WAIT);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(poisonBytes);
        // a database refusal of the data is not retried (PermanentFailures): neither the poll nor the set waited out
        // the bounded variant's attempts
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .startsWith("applying the indicators of document " + poison + " failed once for a reason no retry "
                        + "can fix");
        awaitIndicators(first, 1);
        awaitIndicators(last, 1);
        assertThat(indicatorIds(poison)).isEmpty();
    }

    @Test
    void concurrentPollsAboutTheSameTargetsInDifferentOrdersDoNotDeadlock() throws Exception {
        String region = "西江市";
        // both targets exist and are committed: creating them would itself serialise the polls (insert-if-absent of
        // the same key waits for the other transaction), which hides the lock order
        String seed = doc();
        aggregation.apply(event(seed, 1, region, target(seed, "地区生产总值", "5200", "亿元", 2025),
                target(seed, "常住人口", "330", "万人", 2025)));
        // four documents, two targets: poll A touches T1 then T2, poll B T2 then T1
        String a1 = doc();
        String a2 = doc();
        String b1 = doc();
        String b2 = doc();
        List<IndicatorsExtractedV1> pollA = List.of(
                event(a1, 1, region, target(a1, "地区生产总值", "5000", "亿元", 2025)),
                event(a2, 1, region, target(a2, "常住人口", "320", "万人", 2025)));
        List<IndicatorsExtractedV1> pollB = List.of(
                event(b1, 1, region, actual(b1, "常住人口", "300", "万人", 2020)),
                event(b2, 1, region, actual(b2, "地区生产总值", "4000", "亿元", 2020)));
        // Both polls apply their first document, then wait for each other (at most 2 s: with the poll's locks taken
        // up front, the second poll waits in lockBatch and never reaches the barrier) before the second document.
        // Locking per document instead, each would hold the target the other needs next: a deadlock.
        CyclicBarrier between = new CyclicBarrier(2);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> applyPoll(pollA, between));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> applyPoll(pollB, between));
        a.get(60, TimeUnit.SECONDS);
        b.get(60, TimeUnit.SECONDS);
        for (String doc : List.of(a1, a2, b1, b2)) {
            assertThat(indicatorIds(doc)).hasSize(1);
        }
        assertThat(given().queryParam("region", region).get("/targets").then().extract().jsonPath()
                .getList("indicators", Integer.class)).containsExactly(3, 3);
    }

    /**
     * One poll applied directly, so every set is certainly in it: the runs lockBatch read are kept up to date set by
     * set (a second run of a document replaces the first, a stale one after it is ignored), and a target that an
     * earlier set of the poll removed is created again, with its summary, by a later one.
     */
    @Test
    void aPollTracksEachDocumentsRunSetBySetAndRecreatesATargetRemovedEarlierInIt() {
        String region = "西河市";
        String doc = doc();
        IndicatorV1 kept = target(doc, "地区生产总值", "5000", "亿元", 2025);
        IndicatorV1 dropped = actual(doc, "常住人口", "300", "万人", 2020);
        IndicatorV1 added = target(doc, "常住人口", "320", "万人", 2025);
        IndicatorV1 late = target(doc, "地区生产总值", "9999", "亿元", 2025);
        String leaving = doc();
        String arriving = doc();
        List<IndicatorsExtractedV1> poll = List.of(
                event(doc, 1, region, kept, dropped),
                event(leaving, 1, region, target(leaving, "森林覆盖率", "40", "%", 2025)),
                event(doc, 2, region, kept, added),
                event(leaving, 2, region), // its only indicator leaves: the forest target is removed
                event(doc, 1, region, late), // stale: run 2 was applied earlier in this poll
                event(arriving, 1, region, target(arriving, "森林覆盖率", "42", "%", 2025)));
        List<AggregationService.Result> results = QuarkusTransaction.requiringNew().call(() -> {
            AggregationService.BatchLocks locks = aggregation.lockBatch(poll);
            List<AggregationService.Result> out = new ArrayList<>();
            for (IndicatorsExtractedV1 set : poll) {
                out.add(aggregation.applyInBatch(set, locks));
            }
            return out;
        });

        assertThat(results).extracting(AggregationService.Result::applied)
                .containsExactly(true, true, true, true, false, true);
        assertThat(results.get(3).targetsChanged()).isEqualTo(1);
        assertThat(results.get(4).reason()).contains("older than stored run 2");
        assertThat(storedRun(doc)).isEqualTo(2);
        assertThat(storedRun(leaving)).isEqualTo(2);
        assertThat(indicatorIds(doc)).containsExactlyInAnyOrder(kept.id(), added.id());
        assertThat(indicatorIds(leaving)).isEmpty();
        var targets = given().queryParam("region", region).queryParam("size", 50).get("/targets").then()
                .statusCode(200).extract().jsonPath();
        assertThat(targets.getList("metric", String.class))
                .containsExactlyInAnyOrder("地区生产总值", "常住人口", "森林覆盖率");
        for (int n = 0; n < 3; n++) {
            String metric = targets.getString("[" + n + "].metric");
            assertThat(targets.getInt("[" + n + "].indicators")).as(metric).isEqualTo(1);
            assertThat(targets.getInt("[" + n + "].documents")).as(metric).isEqualTo(1);
            switch (metric) {
                case "地区生产总值" -> assertThat(targets.getDouble("[" + n + "].targetValue")).isEqualTo(5000.0);
                case "常住人口" -> {
                    assertThat(targets.getDouble("[" + n + "].targetValue")).isEqualTo(320.0);
                    assertThat(targets.getString("[" + n + "].latestActual")).isNull();
                }
                default -> { // listed: targets only where a document states one
                    assertThat(targets.getDouble("[" + n + "].targetValue")).isEqualTo(42.0);
                    assertThat(targets.getInt("[" + n + "].targetYear")).isEqualTo(2025);
                }
            }
        }
    }

    private void applyPoll(List<IndicatorsExtractedV1> poll, CyclicBarrier between) {
        QuarkusTransaction.requiringNew().run(() -> {
            AggregationService.BatchLocks locks = aggregation.lockBatch(poll);
            aggregation.applyInBatch(poll.get(0), locks);
            try {
                between.await(2, TimeUnit.SECONDS);
            } catch (Exception timedOut) {
                // the other poll is waiting for our locks: expected
            }
            aggregation.applyInBatch(poll.get(1), locks);
        });
    }

    private static List<String> indicatorIds(String doc) {
        return given().queryParam("documentId", doc).get("/indicators").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class);
    }

    private static void awaitIndicators(String doc, int count) {
        await(() -> indicatorIds(doc).size() == count, count + " indicators of " + doc);
    }

    private void awaitRun(String doc, int run) {
        await(() -> storedRun(doc) == run, "run " + run + " of " + doc);
    }

    private int storedRun(String doc) {
        return QuarkusTransaction.requiringNew().call(() -> {
            org.plantrack.targetservice.domain.DocumentRun r =
                    org.plantrack.targetservice.domain.DocumentRun.findById(doc);
            return r == null ? 0 : r.analysisRun;
        });
    }

    private static double staleCount() {
        String text = given().get(ManagementInterface.url("/metrics")).then().extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "^plantrack_target_indicator_sets_total\\{[^}]*result=\"stale\"[^}]*\\}\\s+([0-9.Ee+]+)",
                java.util.regex.Pattern.MULTILINE).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static void publishInOneBatch(List<ProducerRecord<String, byte[]>> records) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 50, ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20 * 1024 * 1024);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (ProducerRecord<String, byte[]> r : records) {
                sent.add(producer.send(r));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish", e);
        }
    }

    /** All on partition 0: one partition keeps their order and lets one poll return them together. */
    private static ProducerRecord<String, byte[]> record(String key, byte[] value) {
        return new ProducerRecord<>(Topics.INDICATORS_EXTRACTED, 0, key, value);
    }

    private static byte[] bytes(IndicatorsExtractedV1 event) {
        return EventJson.toBytes(event);
    }

    private static String doc() {
        return "batch-" + UUID.randomUUID();
    }

    private static IndicatorV1 target(String doc, String metric, String value, String unit, int year) {
        return indicator(doc, metric, value, unit, "target", year);
    }

    private static IndicatorV1 actual(String doc, String metric, String value, String unit, int year) {
        return indicator(doc, metric, value, unit, "actual", year);
    }

    private static IndicatorV1 indicator(String doc, String metric, String value, String unit, String kind,
                                         int year) {
        String sentence = year + "年" + metric + value + unit + "。";
        return new IndicatorV1(doc + "-" + kind + "-" + metric + "-" + value, doc, metric, new BigDecimal(value),
                unit, kind, null, null, null, year, sentence, 0, sentence.length(), "economy", 0.9, null, null, null);
    }

    private static IndicatorsExtractedV1 event(String doc, int run, String region, IndicatorV1... indicators) {
        return new IndicatorsExtractedV1(UUID.randomUUID().toString(), IndicatorsExtractedV1.SCHEMA_VERSION, doc, run,
                region, "city", "十四五", "2021-03-01", List.of(indicators), Instant.now());
    }

    private static void await(java.util.function.Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
