package org.plantrack.targetservice;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.KafkaResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the database unreachable, reads and the retraction answer 503 with a problem body saying so (the client
 * should retry), not a 500 echoing the driver's message.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.UnreachableDatabase.class)
@WithTestResource(KafkaResource.class)
class DatabaseDownTest {

    public static class UnreachableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // nothing listens on port 1
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/plantrack_target",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.database.version-check.enabled", "false");
        }
    }

    @Test
    void readsAnswer503WithAProblemNamingTheDatabase() {
        for (String path : new String[] {"/targets", "/regions", "/indicators?documentId=abc"}) {
            Response response = given().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(503);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("title")).as(path).isEqualTo("Database unavailable");
            assertThat(response.asString()).as(path).doesNotContain("Exception");
        }
    }
}
