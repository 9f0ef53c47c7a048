package org.plantrack.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.KafkaResource;

import java.nio.charset.Charset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class PassthroughTest {

    @Test
    void uploadPassesBodyContentTypeAndMetadataThrough() {
        byte[] gbk = "到2025年，高新技术企业达到4500家。".getBytes(Charset.forName("GBK"));
        Response response = given()
                .contentType("text/plain; charset=GBK")
                .queryParam("fileName", "太原.txt")
                .queryParam("region", "太原市")
                .body(gbk)
                .post("/api/documents");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.header("Location")).isEqualTo("/api/documents/abc123");
        assertThat(response.jsonPath().getString("id")).isEqualTo("abc123");
        assertThat(response.jsonPath().getInt("sizeBytes")).isEqualTo(gbk.length);

        IngestStub.Seen seen = IngestStub.last;
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.path()).isEqualTo("/documents");
        assertThat(seen.body()).isEqualTo(gbk);
        assertThat(seen.contentType()).isEqualToIgnoringCase("text/plain; charset=GBK");
        assertThat(seen.query()).contains("fileName=太原.txt").contains("region=太原市");
    }

    @Test
    void readsAndListsPassThrough() {
        Response one = given().get("/api/documents/abc123");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.jsonPath().getString("title")).isEqualTo("纲要");

        Response list = given().queryParam("page", 0).queryParam("size", 5).get("/api/documents");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.header("X-Total-Count")).isEqualTo("1");
        assertThat(list.jsonPath().getList("id")).containsExactly("abc123");
        assertThat(IngestStub.last.query()).contains("page=0").contains("size=5");
    }

    @Test
    void downstreamProblemIsRelayedUnchanged() {
        Response response = given().get("/api/documents/missing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).isEqualTo("no document with id 'missing'");
        assertThat(response.jsonPath().getString("type")).endsWith("/document-not-found");
    }

    @Test
    void unreachableServiceAnswers503FastNamingIt() {
        long start = System.nanoTime();
        Response response = given().queryParam("documentId", "abc123").get("/api/indicators");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("title")).isEqualTo("target-service unavailable");
        assertThat(response.jsonPath().getString("detail")).contains("target-service cannot be reached");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/indicators");
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(millis).isLessThan(5000);

        assertThat(given().get("/api/targets").statusCode()).isEqualTo(503);
        assertThat(given().get("/api/targets/7").jsonPath().getString("title")).isEqualTo("target-service unavailable");
    }

    @Test
    void openApiDescribesThePublicApi() {
        String openapi = given().get("/q/openapi").asString();
        assertThat(openapi).contains("/api/documents").contains("/api/indicators/stream").contains("/api/targets/{id}");
    }
}
