package org.plantrack.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on the live streams and on API keys (docs/reliability.md, "Streams and keys"): each gets a 4xx problem
 * naming the cause, and the gateway keeps serving.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class StreamsAndKeysBadInputTest {

    @TestHTTPResource("/")
    URI base;

    private static void assertProblem(Response response, int status, String... detailContains) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("detail")).contains(detailContains);
    }

    @Test
    void filterValuesOverTheLengthLimitAreRefusedNamingTheParameter() {
        for (String stream : List.of("/api/indicators/stream", "/api/targets/stream", "/api/ws")) {
            assertProblem(given().queryParam("region", "区".repeat(257)).get(stream), 400, "'region'", "256");
        }
        // exactly 256 characters pass the filter check: the request then fails on its Last-Event-ID instead
        // (checked after the filters), so no stream is left open
        assertThat(given().queryParam("metric", "标".repeat(256)).queryParam("lastEventId", "x")
                .get("/api/indicators/stream").jsonPath().getString("detail")).contains("Last-Event-ID");
    }

    @Test
    void anUnknownRegionCodeOrCatalogueIndicatorIsRefusedNamingIt() {
        for (String stream : List.of("/api/indicators/stream", "/api/targets/stream", "/api/ws")) {
            assertProblem(given().queryParam("region", "999999").get(stream), 400, "'region'", "'999999'");
            assertProblem(given().queryParam("indicator", "夜市摊位数").get(stream), 400, "'indicator'", "夜市摊位数");
        }
    }

    @Test
    void moreThanTwentyValuesAreRefusedNamingTheParameter() {
        String many = String.join(",", IntStream.rangeClosed(1, 21).mapToObj(i -> "v" + i).toList());
        assertProblem(given().queryParam("metric", many).get("/api/targets/stream"), 400, "'metric'", "20");
        assertProblem(given().queryParam("documentId", many).get("/api/ws"), 400, "'documentId'");
    }

    @Test
    void unknownKindOrTypeIsRefused() {
        assertProblem(given().queryParam("kind", "plan").get("/api/indicators/stream"), 400, "'kind'", "'plan'",
                "actual, target");
        assertProblem(given().queryParam("kind", "target,规划").get("/api/ws"), 400, "'kind'", "'规划'");
        assertProblem(given().queryParam("type", "added").get("/api/indicators/stream"), 400, "'type'");
        Response webhook = given().header("X-API-Key", "test-key").contentType(ContentType.JSON)
                .body(Map.of("url", "http://example.org/h", "filters", Map.of("kind", "plan")))
                .post("/api/webhooks");
        assertProblem(webhook, 400, "filters:", "'kind'");
    }

    @Test
    void unknownTargetStatusIsRefused() {
        assertProblem(given().queryParam("status", "late").get("/api/targets/stream"), 400, "'status'", "'late'",
                "achieved, lagging, no_data, on_track");
        assertProblem(given().queryParam("statusChanged", "yes").get("/api/ws"), 400, "'statusChanged'");
        Response webhook = given().header("X-API-Key", "test-key").contentType(ContentType.JSON)
                .body(Map.of("url", "http://example.org/h", "events", java.util.List.of("target"),
                        "filters", Map.of("status", "behind")))
                .post("/api/webhooks");
        assertProblem(webhook, 400, "filters:", "'status'");
    }

    @Test
    void aLastEventIdThatIsNoIdIsRefused() {
        assertProblem(given().header("Last-Event-ID", "yesterday").get("/api/targets/stream"), 400, "Last-Event-ID");
        assertProblem(given().queryParam("lastEventId", "12ab").get("/api/ws"), 400, "Last-Event-ID");
    }

    /** Every write the OpenAPI document describes, e.g. "POST /api/documents/{id}/reanalyze". */
    private static List<String[]> writeEndpoints() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().accept(ContentType.JSON)
                .get("/q/openapi?format=json").asString()).get("paths");
        List<String[]> writes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            var path = it.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                if (path.getKey().startsWith("/api/") && path.getValue().has(method)) {
                    writes.add(new String[]{method.toUpperCase(Locale.ROOT), path.getKey()});
                }
            }
        }
        return writes;
    }

    @Test
    void everyWriteInTheOpenApiDocumentNeedsAValidKey() throws Exception {
        List<String[]> writes = writeEndpoints();
        assertThat(writes.stream().map(w -> w[0] + " " + w[1]).toList()).contains(
                "POST /api/documents", "DELETE /api/documents/{id}", "POST /api/documents/{id}/reanalyze",
                "POST /api/webhooks", "DELETE /api/webhooks/{id}");
        for (String[] write : writes) {
            String path = write[1].replaceAll("\\{[^}]+}", "some-id");
            for (String key : new String[]{null, "", "not-the-key", "test-key-but-longer"}) {
                RequestSpecification request = given().contentType(ContentType.JSON).body("{}");
                if (key != null) {
                    request.header("X-API-Key", key);
                }
                Response response = request.request(write[0], path);
                String what = write[0] + " " + path + " with key " + key;
                assertThat(response.statusCode()).as(what).isEqualTo(401);
                assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                assertThat(response.jsonPath().getString("title")).as(what)
                        .isIn("API key required", "Invalid API key");
                assertThat(response.jsonPath().getString("detail")).as(what).contains("X-API-Key");
            }
        }
    }

    @Test
    void afterBadRequestsTheStreamsStillServe() throws Exception {
        for (int i = 0; i < 20; i++) {
            given().queryParam("kind", "nonsense-" + i).get("/api/indicators/stream").then().statusCode(400);
            given().post("/api/webhooks").then().statusCode(401);
        }
        try (SseClient client = new SseClient(base.resolve("/api/indicators/stream?kind=target&region="
                + URLEncoder.encode("太原市", StandardCharsets.UTF_8)),
                null)) {
            assertThat(client.status).isEqualTo(200);
            assertThat(client.nextComment(Duration.ofSeconds(5))).startsWith("connected");
        }
        assertThat(given().get(ManagementInterface.url("/health/live")).statusCode()).isEqualTo(200);
    }
}
