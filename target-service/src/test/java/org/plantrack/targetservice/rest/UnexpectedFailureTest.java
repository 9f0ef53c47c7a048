package org.plantrack.targetservice.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.LogCapture;
import org.plantrack.testsupport.PostgresResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unexpected failure is answered 500 with a problem that carries a reference and none of the exception's text
 * (which can name hosts, users and SQL); the reference leads to the logged line with the exception.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class UnexpectedFailureTest {

    static final String INTERNAL_TEXT = "connection to db-7.internal:5432 refused for user plantrack_rw";

    /** A resource of this test only: fails the way a bug or an unforeseen state would. */
    @Path("/test-only/unexpected-failure")
    public static class FailingResource {
        @GET
        public String fail() {
            throw new IllegalStateException(INTERNAL_TEXT);
        }
    }

    @Test
    void aFiveHundredCarriesAReferenceThatIsInTheLogAndNoInternalText() {
        try (LogCapture log = LogCapture.start()) {
            Response response = given().get("/test-only/unexpected-failure");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo("https://plantrack.org/problems/internal-error");
            assertThat(response.asString()).doesNotContain("db-7", "plantrack_rw", "IllegalStateException");
            String detail = response.jsonPath().getString("detail");
            assertThat(detail).containsPattern("reference [0-9a-f-]{36}$");
            String reference = detail.substring(detail.lastIndexOf(' ') + 1);

            assertThat(log.mentioning(reference)).singleElement().satisfies(line -> {
                assertThat(line.level()).isEqualTo("ERROR");
                assertThat(line.message()).contains("/test-only/unexpected-failure");
                assertThat(line.thrown()).isEqualTo("java.lang.IllegalStateException: " + INTERNAL_TEXT);
            });
        }
    }
}
