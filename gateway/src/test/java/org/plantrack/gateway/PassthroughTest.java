package org.plantrack.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.plantrack.testsupport.KafkaResource;

import java.nio.charset.Charset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PassthroughTest {

    @Test
    @Order(1)
    void queriesPassQueryAndAcceptThroughForCsvExports() {
        Response csv = given().accept("text/csv").queryParam("region", "太原市").get("/api/indicators");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("indicators.csv");
        assertThat(csv.asString()).contains("高新技术企业数量,4500");
        assertThat(IngestStub.lastTarget.path()).isEqualTo("/indicators");
        assertThat(IngestStub.lastTarget.query()).isEqualTo("region=太原市");

        Response json = given().queryParam("metric", "研发投入强度").queryParam("period", "2021-2025")
                .get("/api/targets/compare");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.jsonPath().getInt("[0].value")).isEqualTo(4500);
        assertThat(IngestStub.lastTarget.path()).isEqualTo("/targets/compare");
        // (the stub records the Accept header here) rest-assured asks for anything, and so does the relayed call
        assertThat(IngestStub.lastTarget.contentType()).isEqualTo("*/*");

        assertThat(given().get("/api/regions").statusCode()).isEqualTo(200);
        assertThat(IngestStub.lastTarget.path()).isEqualTo("/regions");
        // the region filters reach target-service as sent (codes, levels and the registry flag are checked there)
        assertThat(given().queryParam("within", "140000").queryParam("level", "prefecture")
                .get("/api/regions").statusCode()).isEqualTo(200);
        assertThat(IngestStub.lastTarget.query()).contains("within=140000").contains("level=prefecture");

        // every read goes through the one relay: nested paths, path ids and queries arrive as sent
        assertThat(given().queryParam("format", "csv").get("/api/targets/7").statusCode()).isEqualTo(200);
        assertThat(IngestStub.lastTarget.path()).isEqualTo("/targets/7");
        assertThat(IngestStub.lastTarget.query()).isEqualTo("format=csv");
        assertThat(given().queryParam("indicator", "gdp").queryParam("year", "2022").get("/api/series").statusCode())
                .isEqualTo(200);
        assertThat(IngestStub.lastTarget.path()).isEqualTo("/series");
        assertThat(IngestStub.lastTarget.query()).contains("indicator=gdp").contains("yearFrom=2022");
        assertThat(given().get("/api/metrics/synonyms").statusCode()).isEqualTo(200);
        assertThat(IngestStub.lastTarget.path()).isEqualTo("/metrics/synonyms");
        assertThat(IngestStub.lastTarget.query()).isNull();
        assertThat(given().urlEncodingEnabled(false).get("/api/targets/a%20b").statusCode()).isEqualTo(200);
        // encoded once on the way on (not twice: %2520)
        assertThat(IngestStub.lastTarget.path()).isEqualTo("/targets/a%20b");
    }

    @Test
    void uploadPassesBodyContentTypeAndMetadataThrough() {
        byte[] gbk = "到2025年，高新技术企业达到4500家。".getBytes(Charset.forName("GBK"));
        Response response = given()
                .header("X-API-Key", "test-key")
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
        // the instance names the public path the client asked for, not ingest-service's internal one
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/documents/missing");
    }

    @Test
    @Order(2)
    void deleteIsOneCallToIngestServiceWhichAnnouncesIt() {
        assertThat(given().delete("/api/documents/abc123").statusCode()).isEqualTo(401);

        IngestStub.lastTarget = null;
        Response deleted = given().header("X-API-Key", "test-key").delete("/api/documents/abc123");
        assertThat(deleted.statusCode()).isEqualTo(204);
        // target-service retracts on DocumentDeletedV1; the gateway does not call it
        assertThat(IngestStub.lastTarget).isNull();
        assertThat(IngestStub.last.method()).isEqualTo("DELETE");
        assertThat(IngestStub.last.path()).isEqualTo("/documents/abc123");

        Response unknown = given().header("X-API-Key", "test-key").delete("/api/documents/nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.jsonPath().getString("instance")).isEqualTo("/api/documents/nope");
    }

    @Test
    @Order(10)
    void unreachableServiceAnswers503FastNamingIt() {
        IngestStub.stopTarget();
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
        // deleting does not need target-service: it retracts from DocumentDeletedV1 once it is back
        IngestStub.last = null;
        Response delete = given().header("X-API-Key", "test-key").delete("/api/documents/abc123");
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(IngestStub.last.method()).isEqualTo("DELETE");
    }

    @Test
    void writesNeedTheApiKeyWhenOneIsConfigured() {
        Response missing = given().contentType("text/plain").body("数据").post("/api/documents");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.jsonPath().getString("detail")).contains("X-API-Key");

        Response wrong = given().header("X-API-Key", "guess").post("/api/documents/abc123/reanalyze");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.jsonPath().getString("title")).isEqualTo("Invalid API key");

        // reads stay open unless plantrack.protect-reads is set
        assertThat(given().get("/api/documents/abc123").statusCode()).isEqualTo(200);
    }

    @Test
    void multipartUploadStoresEachFileAndReportsEachOutcome() {
        IngestStub.uploads.clear();
        byte[] first = "第一份文件：到2025年，森林覆盖率达到25%。".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] second = "<html><body>第二份</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // built by hand as a browser does: file names as raw UTF-8 in the part headers
        String boundary = "----plantrack-test-boundary";
        var body = new java.io.ByteArrayOutputStream();
        part(body, boundary, "一.txt", "text/plain", first);
        part(body, boundary, "二.html", "text/html", second);
        part(body, boundary, "big.txt", "text/plain", new byte[]{1, 2, 3});
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Response response = given()
                .header("X-API-Key", "test-key")
                .queryParam("region", "太原市")
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(body.toByteArray())
                .post("/api/documents");

        assertThat(response.statusCode()).isEqualTo(207);
        assertThat(response.jsonPath().getList("files.fileName")).containsExactly("一.txt", "二.html", "big.txt");
        assertThat(response.jsonPath().getList("files.status")).containsExactly(202, 202, 413);
        assertThat(response.jsonPath().getString("files[0].location")).isEqualTo("/api/documents/abc123");
        assertThat(response.jsonPath().getString("files[0].document.id")).isEqualTo("abc123");
        assertThat(response.jsonPath().getString("files[2].problem.title")).isEqualTo("Document too large");
        assertThat(response.jsonPath().getString("files[2].document")).isNull();

        assertThat(IngestStub.uploads).hasSize(3);
        assertThat(IngestStub.uploads.get(0).body()).isEqualTo(first);
        assertThat(IngestStub.uploads.get(0).query()).contains("fileName=一.txt").contains("region=太原市");
        assertThat(IngestStub.uploads.get(1).contentType()).startsWith("text/html");
        assertThat(IngestStub.uploads.get(1).body()).isEqualTo(second);
    }

    private static void part(java.io.ByteArrayOutputStream out, String boundary, String fileName, String type,
                             byte[] content) {
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void tooManyFilesInOneRequestIsAProblem() {
        var request = given().header("X-API-Key", "test-key");
        for (int i = 0; i < 4; i++) {
            request.multiPart("files", i + ".txt", new byte[]{'a'}, "text/plain");
        }
        Response response = request.post("/api/documents");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("detail")).contains("4 files").contains("limit is 3");
    }

    @Test
    void cleanedTextAndRetriesPassThrough() {
        Response text = given().get("/api/documents/abc123/text");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.contentType()).startsWith("text/plain");
        assertThat(text.asString()).isEqualTo("清洗后的文本：到2025年，森林覆盖率达到25%。");

        Response retried = given().header("X-API-Key", "test-key").post("/api/documents/abc123/retry");
        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(retried.header("Location")).isEqualTo("/api/documents/abc123");
        assertThat(retried.jsonPath().getInt("analysisRun")).isEqualTo(2);
        assertThat(IngestStub.last.path()).isEqualTo("/documents/abc123/retry");

        Response all = given().header("X-API-Key", "test-key").queryParam("reason", "timeout")
                .post("/api/documents/retry-failed");
        assertThat(all.statusCode()).isEqualTo(202);
        assertThat(all.jsonPath().getInt("queued")).isEqualTo(2);
        assertThat(IngestStub.last.path()).isEqualTo("/documents/retry-failed");
        assertThat(IngestStub.last.query()).isEqualTo("reason=timeout");
    }

    @Test
    void theMissingTextBackfillIsAWriteRelayedToIngestService() {
        assertThat(given().post("/api/documents/reanalyze-missing-text").statusCode()).isEqualTo(401);

        Response backfill = given().header("X-API-Key", "test-key").post("/api/documents/reanalyze-missing-text");
        assertThat(backfill.statusCode()).isEqualTo(202);
        assertThat(backfill.jsonPath().getInt("queued")).isEqualTo(3);
        assertThat(IngestStub.last.method()).isEqualTo("POST");
        assertThat(IngestStub.last.path()).isEqualTo("/documents/reanalyze-missing-text");
    }

    @Test
    void theCatalogueListsTheIndicatorsTheIndicatorFilterAccepts() {
        var response = given().get("/api/catalogue");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getList("id", String.class)).contains("gdp", "forest_coverage");
        assertThat(response.jsonPath().getString("find { it.id == 'gdp' }.name")).isEqualTo("地区生产总值");
        // the growth rate is its own indicator, labelled apart from its level
        assertThat(response.jsonPath().getString("find { it.id == 'gdp_growth' }.label")).isEqualTo("地区生产总值 · 增速");
        assertThat(response.jsonPath().getString("find { it.id == 'gdp_growth' }.growthOf")).isEqualTo("gdp");
        assertThat(response.jsonPath().getString("find { it.id == 'gdp' }.growthOf")).isNull();
        // the ids listed pass the stream's filter check (the request then fails on its Last-Event-ID, checked after
        // the filters, so no stream is left open)
        for (String id : response.jsonPath().getList("id", String.class).subList(0, 5)) {
            assertThat(given().queryParam("indicator", id).queryParam("lastEventId", "x")
                    .get("/api/targets/stream").jsonPath().getString("detail")).as(id).contains("Last-Event-ID");
        }
    }

    @Test
    void openApiDescribesThePublicApi() {
        String openapi = given().get("/q/openapi").asString();
        assertThat(openapi).contains("/api/documents").contains("/api/indicators/stream").contains("/api/targets/{id}")
                .contains("/api/series");
    }
}
