package org.plantrack.targetservice.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentDeletedV1;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** target-service retracts a deleted document's indicators when ingest-service announces the deletion. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class DocumentDeletionTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aDeletionRetractsTheIndicatorsAnnouncesItAndOutranksLateSetsButNotALaterUpload() {
        String doc = "doc-" + UUID.randomUUID();
        String region = "临川" + UUID.randomUUID().toString().substring(0, 6) + "市";
        IndicatorV1 actual = indicator(doc, 12, "40", "actual", 2020, "2020年森林覆盖率为40%。");
        IndicatorV1 target = indicator(doc, 40, "45", "target", 2025, "到2025年森林覆盖率达到45%。");
        IndicatorsExtractedV1 run1 = set(doc, 1, region, actual, target);
        publish(run1);
        await(() -> indicatorIds(doc).size() == 2, "the indicators of run 1");

        publishDeletion(doc, 2);
        await(() -> indicatorIds(doc).isEmpty(), "the retraction");
        assertThat(given().queryParam("region", region).get("/targets").then().statusCode(200).extract()
                .jsonPath().getList("id")).as("the emptied target is removed").isEmpty();
        List<IndicatorEventV1> events = TestTopics.read(Topics.INDICATOR_EVENTS, r -> doc.equals(
                        EventJson.fromBytes(r.value(), IndicatorEventV1.class).indicator().documentId()), 4, WAIT)
                .stream().map(r -> EventJson.fromBytes(r.value(), IndicatorEventV1.class)).toList();
        assertThat(events).extracting(e -> e.type() + " " + e.indicator().id()).containsExactlyInAnyOrder(
                "ADDED " + actual.id(), "ADDED " + target.id(), "RETRACTED " + actual.id(),
                "RETRACTED " + target.id());
        assertThat(TestTopics.read(Topics.TARGETS_UPDATED, r -> region.equals(
                EventJson.fromBytes(r.value(), TargetUpdatedV1.class).region()), 2, WAIT))
                .as("the target's update on adding and on retracting").hasSize(2);

        // the set of the deleted run, arriving late, stays retracted; the deletion again changes nothing
        publish(run1);
        publishDeletion(doc, 2);
        publish(set(doc, 1, region, actual));
        sleep(Duration.ofSeconds(3));
        assertThat(indicatorIds(doc)).isEmpty();

        // the same bytes uploaded again are analysed in run 3, newer than the deletion: the indicators return,
        // and a deletion of run 2 redelivered after them does not take them away
        publish(set(doc, 3, region, target));
        await(() -> indicatorIds(doc).equals(List.of(target.id())), "the indicators of run 3");
        publishDeletion(doc, 2);
        sleep(Duration.ofSeconds(3));
        assertThat(indicatorIds(doc)).containsExactly(target.id());
    }

    @Test
    void anUnreadableDeletionGoesToTheDeadLetterTopicWithItsReason() {
        String key = "doc-" + UUID.randomUUID();
        TestTopics.publish(Topics.DOCUMENTS_DELETED, key,
                ("{\"eventId\":\"e\",\"schemaVersion\":1,\"documentId\":\"" + key + "\"}")
                        .getBytes(StandardCharsets.UTF_8));

        List<ConsumerRecord<String, byte[]>> dead = TestTopics.read(Topics.DLQ_TARGET, r -> key.equals(r.key()), 1,
                WAIT);
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8)).contains("without the run it supersedes");
    }

    private static IndicatorV1 indicator(String doc, int start, String value, String kind, int year,
                                         String sentence) {
        int end = start + value.length();
        return new IndicatorV1(doc.substring(4, 12) + "-" + start, doc, "森林覆盖率", new BigDecimal(value), "%", kind,
                null, null, null, year, sentence, start, end, "ecology", 0.9, null, null, null);
    }

    private static IndicatorsExtractedV1 set(String doc, int run, String region, IndicatorV1... indicators) {
        return new IndicatorsExtractedV1(EventIds.newId(), IndicatorsExtractedV1.SCHEMA_VERSION, doc, run, region,
                "city", "十四五", null, List.of(indicators), Instant.now());
    }

    private static void publish(IndicatorsExtractedV1 set) {
        TestTopics.publish(Topics.INDICATORS_EXTRACTED, set.documentId(), EventJson.toBytes(set));
    }

    private static void publishDeletion(String doc, int run) {
        TestTopics.publish(Topics.DOCUMENTS_DELETED, doc, EventJson.toBytes(new DocumentDeletedV1(EventIds.newId(),
                DocumentDeletedV1.SCHEMA_VERSION, doc, run, Instant.now())));
    }

    private static List<String> indicatorIds(String doc) {
        return given().queryParam("documentId", doc).get("/indicators").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class);
    }

    private static void await(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
