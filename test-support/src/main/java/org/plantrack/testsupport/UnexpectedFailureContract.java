package org.plantrack.testsupport;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service that answers HTTP promises through the web module's exception mappers: an unexpected failure
 * is answered 500 with a problem that carries a reference and none of the exception's text (which can name hosts,
 * users and SQL); the reference leads to the logged line with the exception.
 *
 * <p>Checked once per service, because what is under test is that the service really has the mappers (depends on
 * the web module, has it indexed): a service's {@code @QuarkusTest} extends this class and declares a resource of
 * its own at {@link #PATH} that throws {@link #unexpectedFailure()} (a resource in this jar would not be indexed
 * by the service under test).
 */
public abstract class UnexpectedFailureContract {

    /** Where the service's test-only resource answers. */
    public static final String PATH = "/test-only/unexpected-failure";

    static final String INTERNAL_TEXT = "connection to db-7.internal:5432 refused for user plantrack_rw";

    /** What the test-only resource throws: fails the way a bug or an unforeseen state would. */
    public static RuntimeException unexpectedFailure() {
        return new IllegalStateException(INTERNAL_TEXT);
    }

    @Test
    public void aFiveHundredCarriesAReferenceThatIsInTheLogAndNoInternalText() {
        try (LogCapture log = LogCapture.start()) {
            Response response = given().get(PATH);

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo("https://plantrack.org/problems/internal-error");
            assertThat(response.asString()).doesNotContain("db-7", "plantrack_rw", "IllegalStateException");
            String detail = response.jsonPath().getString("detail");
            assertThat(detail).containsPattern("reference [0-9a-f-]{36}$");
            String reference = detail.substring(detail.lastIndexOf(' ') + 1);

            assertThat(log.mentioning(reference)).singleElement().satisfies(line -> {
                assertThat(line.level()).isEqualTo("ERROR");
                assertThat(line.message()).contains(PATH);
                assertThat(line.thrown()).isEqualTo("java.lang.IllegalStateException: " + INTERNAL_TEXT);
            });
        }
    }
}
