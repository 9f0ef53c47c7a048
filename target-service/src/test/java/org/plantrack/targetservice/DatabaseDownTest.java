package org.plantrack.targetservice;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.UnreachableDatabase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the database unreachable, reads and the retraction answer 503 with a problem body saying so (the client
 * should retry), not a 500 echoing the driver's message.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.NoDatabase.class)
@WithTestResource(KafkaResource.class)
class DatabaseDownTest {

    public static class NoDatabase extends UnreachableDatabase.Profile {
        public NoDatabase() {
            super("plantrack_target");
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
