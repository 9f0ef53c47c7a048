package org.plantrack.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    /** A request body shape of the kind the services read. */
    public record Webhook(String url, int[] events) {
    }

    @Test
    void anUnexpectedFailureIsAnsweredWithAReferenceAndNoneOfItsText() {
        Response response = mappers.unexpected(
                new IllegalStateException("connect to jdbc:postgresql://db.internal:5432/plantrack failed"), null);
        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo(ProblemType.INTERNAL_ERROR.uri());
        assertThat(problem.detail()).doesNotContain("jdbc", "db.internal", "IllegalState")
                .containsPattern("reference [0-9a-f-]{36}$");
    }

    @Test
    void aDatabaseThatIsNotThereIsA503() {
        Response response = mappers.unexpected(new RuntimeException(new SQLException("refused", "08001")), null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(((Problem) response.getEntity()).type()).endsWith("/database-unavailable");
    }

    @Test
    void aConnectionLostAtTheCommitSaysTheOutcomeIsUnknown() {
        var commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
        Response response = mappers.unexpected(new RuntimeException(commit), null);
        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(problem.type()).endsWith("/commit-outcome-unknown");
        assertThat(problem.detail()).contains("may or may not have been applied").doesNotContain("ARJUNA");
    }

    @Test
    void aServerErrorWithItsOwnStatusKeepsItButNotItsText() {
        Response response = mappers.webApplication(new ServiceUnavailableException("pool of host-7 exhausted"), null);
        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(problem.type()).endsWith("/service-unavailable");
        assertThat(problem.detail()).doesNotContain("host-7").contains("reference");
    }

    @Test
    void aFrameworkRefusalGetsTheTypeOfItsStatus() {
        Response response = mappers.webApplication(new NotAllowedException("GET"), null);
        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(((Problem) response.getEntity()).type()).endsWith("/method-not-allowed");
    }

    @Test
    void badJsonNamesWhereItWentWrongWithoutOurClassNames() {
        MismatchedInputException wrongShape = catchThrowableOfType(MismatchedInputException.class,
                () -> new ObjectMapper().readValue("{\"url\": [1, 2]}", Webhook.class));
        Response response = mappers.mismatchedJson(wrongShape, null);
        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem.type()).endsWith("/invalid-json");
        assertThat(problem.detail()).startsWith("the body's JSON does not fit at url (line 1")
                .doesNotContain("Webhook", "org.plantrack");
    }

    @Test
    void textThatIsNotJsonIsNamedSo() {
        Exception notJson = catchThrowableOfType(com.fasterxml.jackson.core.JsonProcessingException.class,
                () -> new ObjectMapper().readTree("{url: "));
        Problem problem = (Problem) mappers.badJson((com.fasterxml.jackson.core.JsonProcessingException) notJson, null)
                .getEntity();
        assertThat(problem.detail()).startsWith("the body is not valid JSON (line 1, column");
    }

    @Test
    void aRefusalCarriesItsTypeStatusTitleAndDetail() {
        Response response = mappers.problem(new ProblemException(ProblemType.INVALID_PAGING, "page must be >= 0"),
                null);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isEqualTo(new Problem("https://plantrack.org/problems/invalid-paging",
                "Invalid paging", 400, "page must be >= 0", null));
    }
}
