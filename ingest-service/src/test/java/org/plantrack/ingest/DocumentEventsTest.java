package org.plantrack.ingest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.DocumentDeletedV1;
import org.plantrack.events.DocumentStateChangedV1;
import org.plantrack.events.DocumentStateChangedV1.State;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events ingest-service announces a document's life with: a state change for every transition (live views) and
 * {@link DocumentDeletedV1} on deletion (target-service retracts), each written with the change it announces.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_test"))
class DocumentEventsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static byte[] document(String marker) {
        return ("某县乡村振兴规划\n到2025年，农村居民人均可支配收入达到2万元。\n标记 " + marker + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String upload(byte[] body) {
        return given().contentType("text/plain").queryParam("fileName", "乡村振兴.txt").body(body)
                .post("/documents").then().statusCode(202).extract().jsonPath().getString("id");
    }

    private static List<DocumentStateChangedV1> states(String id, int atLeast) {
        return TestTopics.recordsWithKey(Topics.DOCUMENTS_STATES, id, atLeast, TIMEOUT, Duration.ZERO).stream()
                .map(r -> EventJson.fromBytes(r.value(), DocumentStateChangedV1.class)).toList();
    }

    @Test
    void everyTransitionIsAnnouncedInOrderWithWhatItSets() {
        String id = upload(document(UUID.randomUUID().toString()));
        DocumentStateChangedV1 received = states(id, 1).get(0);
        assertThat(received.state()).isEqualTo(State.RECEIVED);
        assertThat(received.analysisRun()).isEqualTo(1);
        assertThat(received.fileName()).isEqualTo("乡村振兴.txt");
        assertThat(received.receivedAt()).isNotNull();

        TestTopics.publish(Topics.DOCUMENTS_ANALYZED, id,
                EventJson.toBytes(DocumentLifecycleTest.analysed(id, 1, "某县乡村振兴规划", "清洗后")));
        DocumentLifecycleTest.awaitState(id, "ANALYZED");
        given().post("/documents/" + id + "/reanalyze").then().statusCode(202);
        TestTopics.publish(Topics.DOCUMENTS_ANALYZED, id,
                EventJson.toBytes(DocumentAnalyzedV1.failed(id, 2, "无法解码")));
        DocumentLifecycleTest.awaitState(id, "FAILED");
        given().delete("/documents/" + id).then().statusCode(204);

        List<DocumentStateChangedV1> all = states(id, 5);
        assertThat(all).extracting(DocumentStateChangedV1::state)
                .containsExactly(State.RECEIVED, State.ANALYZED, State.RECEIVED, State.FAILED, State.DELETED);
        assertThat(all).extracting(DocumentStateChangedV1::analysisRun).containsExactly(1, 1, 2, 2, 3);
        assertThat(all.get(1).title()).isEqualTo("某县乡村振兴规划");
        assertThat(all.get(1).indicatorCount()).isZero();
        assertThat(all.get(2).title()).as("a new run keeps the title shown until it ends").isEqualTo("某县乡村振兴规划");
        assertThat(all.get(3).failureReason()).isEqualTo("无法解码");
        assertThat(all).extracting(DocumentStateChangedV1::eventId).doesNotHaveDuplicates();
    }

    @Test
    void deletionIsAnnouncedOnceUnderARunAboveEveryAnalysedOne() {
        byte[] body = document(UUID.randomUUID().toString());
        String id = upload(body);
        TestTopics.recordsWithKey(Topics.DOCUMENTS_INGESTED, id, 1, TIMEOUT, Duration.ZERO);

        given().delete("/documents/" + id).then().statusCode(204);
        given().delete("/documents/" + id).then().statusCode(404);

        List<ConsumerRecord<String, byte[]>> deletions = TestTopics.recordsWithKey(Topics.DOCUMENTS_DELETED, id, 1,
                TIMEOUT, Duration.ofSeconds(2));
        assertThat(deletions).hasSize(1);
        DocumentDeletedV1 deleted = EventJson.fromBytes(deletions.get(0).value(), DocumentDeletedV1.class);
        assertThat(deleted.documentId()).isEqualTo(id);
        assertThat(deleted.analysisRun()).isEqualTo(2);
        assertThat(deleted.deletedAt()).isNotNull();

        // the same bytes again: a new run above the deletion's, announced like any upload
        given().contentType("text/plain").body(body).post("/documents").then().statusCode(202);
        assertThat(states(id, 3)).extracting(DocumentStateChangedV1::state, DocumentStateChangedV1::analysisRun)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(State.RECEIVED, 1),
                        org.assertj.core.groups.Tuple.tuple(State.DELETED, 2),
                        org.assertj.core.groups.Tuple.tuple(State.RECEIVED, 3));
    }

    @Test
    void anUnreadableResultFailsTheRunAndSaysSo() {
        String id = upload(document(UUID.randomUUID().toString()));
        TestTopics.publish(Topics.DOCUMENTS_ANALYZED, id, "{not json".getBytes(StandardCharsets.UTF_8));
        DocumentLifecycleTest.awaitState(id, "FAILED");

        DocumentStateChangedV1 failed = states(id, 2).get(1);
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.analysisRun()).isEqualTo(1);
        assertThat(failed.failureReason()).contains("unreadable");
    }
}
