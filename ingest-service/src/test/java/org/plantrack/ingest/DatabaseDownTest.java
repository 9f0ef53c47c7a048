package org.plantrack.ingest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.UnreachableDatabase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With the database unreachable, uploads and reads answer 503 with a problem body, promptly, instead of hanging. */
@QuarkusTest
@TestProfile(DatabaseDownTest.NoDatabase.class)
@WithTestResource(KafkaResource.class)
class DatabaseDownTest {

    public static class NoDatabase extends UnreachableDatabase.Profile {
        public NoDatabase() {
            super("plantrack_ingest");
        }
    }

    @Test
    void uploadAnswers503WithAProblem() {
        long start = System.nanoTime();
        Response response = given().contentType("text/plain").body("到2025年，粮食产量稳定在1300万吨。")
                .post("/documents");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("title")).isEqualTo("Database unavailable");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/documents");
        assertThat(millis).isLessThan(15_000);

        Response read = given().get("/documents/0123456789abcdef0123456789abcdef");
        assertThat(read.statusCode()).isEqualTo(503);
        assertThat(read.jsonPath().getString("type")).endsWith("/database-unavailable");
    }

    @Test
    void readinessReportsTheDatabaseDown() {
        Response health = given().get(ManagementInterface.url("/health/ready"));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.asString()).contains("Database connections health check");
    }
}
