package org.plantrack.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.events.Topics;
import org.plantrack.ingest.domain.OutboxEvent;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.PostgresResource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox relay's broker is unreachable (its bootstrap points at a closed port): uploads are still accepted at
 * once and stored, and their events stay pending in the outbox, retried on every poll, instead of being lost.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.UnreachableBroker.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_outage_test"))
class BrokerOutageTest {

    public static class UnreachableBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("plantrack.outbox.bootstrap-servers", "127.0.0.1:1",
                    // a send blocks up to 10 s on the unreachable broker: an upload that waited for one would take
                    // that long, far above what a loaded CI machine needs to store a document
                    "plantrack.outbox.send-timeout", "PT10S",
                    "plantrack.outbox.interval", "1s");
        }
    }

    @Test
    void uploadsAreAcceptedAndTheirEventsWaitInTheOutbox() throws Exception {
        // warm up without writing (the first request after start loads a lot), then measure the one upload: the
        // relay works through the outbox in order, so this must be the only row
        given().get("/documents").then().statusCode(200);
        given().contentType("text/plain").body(new byte[0]).post("/documents").then().statusCode(400);
        byte[] body = ("到2025年，单位地区生产总值能耗下降13.5%。" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Response response = given().contentType("text/plain").body(body).post("/documents");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(millis).as("upload must not wait for Kafka (a send would block 10 s)").isLessThan(8000);
        String id = response.jsonPath().getString("id");
        assertThat(given().get("/documents/" + id).jsonPath().getString("state")).isEqualTo("RECEIVED");

        // the relay keeps trying: attempts grow, the error is recorded, the row is never marked sent
        OutboxEvent row = null;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            row = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("documentId = ?1 and topic = ?2", id, Topics.DOCUMENTS_INGESTED)
                    .firstResult());
            if (row != null && row.attempts >= 2) {
                break;
            }
            Thread.sleep(300);
        }
        assertThat(row).isNotNull();
        assertThat(row.attempts).isGreaterThanOrEqualTo(2);
        assertThat(row.sentAt).isNull();
        assertThat(row.lastError).isNotBlank();
        assertThat(row.analysisRun).isEqualTo(1);
        // the refusal is not swallowed where the relay stops early: it is counted (and logged with the document)
        String metrics = given().get(ManagementInterface.url("/metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("plantrack_outbox_failures_total\\{[^}]*reason=\"unacknowledged\"[^}]*topic=\""
                + Topics.DOCUMENTS_INGESTED
                .replace(".", "\\.") + "\"[^}]*} [1-9]");
    }
}
