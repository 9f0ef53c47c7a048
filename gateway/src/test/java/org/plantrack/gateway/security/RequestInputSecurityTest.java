package org.plantrack.gateway.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.gateway.IngestStub;
import org.plantrack.testsupport.KafkaResource;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 7 (the low ones): every bad input gets a 4xx problem that is valid JSON, names the cause and
 * names nothing internal.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class RequestInputSecurityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    private static JsonNode problem(RawHttp.Answer answer, int status) throws Exception {
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.head()).containsIgnoringCase("content-type: application/problem+json");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return body;
    }

    @Test
    void webSocketRefusalsAreValidJsonWhateverTheValueHolds() throws Exception {
        // a backslash, a quote and a control character inside the refused value
        JsonNode body = problem(RawHttp.send(base, "GET", "/api/ws?kind=a%5Cb%22c%01", null, null), 400);
        assertThat(body.get("detail").asText()).contains("'kind'", "a\\b\"c\u0001");
    }

    @Test
    void aNulInAFilterOrAnIdIsA400() throws Exception {
        assertThat(problem(RawHttp.send(base, "GET", "/api/indicators?region=%E5%A4%AA%00", null, null), 400)
                .get("detail").asText()).contains("'region'");
        assertThat(problem(RawHttp.send(base, "GET", "/api/targets?metric=x%00", null, null), 400)
                .get("detail").asText()).contains("'metric'");
        problem(RawHttp.send(base, "GET", "/api/documents/abc%00123", null, null), 400);
        problem(RawHttp.send(base, "GET", "/api/targets/7%00", null, null), 400);
    }

    @Test
    void nonNumericPagingAndYearsAreA400NamingTheParameter() throws Exception {
        for (String target : List.of("/api/indicators?page=abc", "/api/targets?size=ten",
                "/api/indicators?yearFrom=2025a", "/api/documents?page=-", "/api/indicators?year=next")) {
            String name = target.substring(target.indexOf('?') + 1, target.indexOf('='));
            assertThat(problem(RawHttp.send(base, "GET", target, null, null), 400).get("detail").asText())
                    .as(target).contains("'" + name + "'");
        }
    }

    @Test
    void aPathNoServiceRequestHasIsA404WithoutInternalText() throws Exception {
        for (String target : List.of("/api/documents/%7Bid%7D", "/api/documents/%7Bid%7D/text")) {
            JsonNode body = problem(RawHttp.send(base, "GET", target, null, null), 404);
            assertThat(body.toString()).as(target).doesNotContainIgnoringCase("exception")
                    .doesNotContain("127.0.0.1").doesNotContain("template");
        }
    }

    @Test
    void aServiceThatCannotBeReachedIsA503NamingNoInternalAddress() throws Exception {
        IngestStub.stopTarget(); // target-service's port now refuses connections
        RawHttp.Answer answer = RawHttp.send(base, "GET", "/api/targets?region=x", null, null);
        JsonNode body = problem(answer, 503);
        assertThat(body.get("detail").asText()).isEqualTo("target-service cannot be reached; retry later");
        assertThat(body.toString()).doesNotContain("127.0.0.1").doesNotContainIgnoringCase("refused")
                .doesNotContainIgnoringCase("exception");
    }

    @Test
    void aNewWebhooksLocationIgnoresTheClientsHostHeader() {
        Response created = given().header("X-API-Key", "test-key").header("Host", "evil.example")
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:1/closed", "filters",
                        Map.of("documentId", "location-" + UUID.randomUUID())))
                .post("/api/webhooks");
        try {
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.header("Location")).isEqualTo("/api/webhooks/" + created.jsonPath().getString("id"));
        } finally {
            given().header("X-API-Key", "test-key").delete("/api/webhooks/" + created.jsonPath().getString("id"));
        }
    }
}
