package org.plantrack.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.plantrack.testsupport.KafkaResource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input the gateway itself refuses (see docs/reliability.md, "Bad input"); content problems are
 * ingest-service's (UploadValidationTest). After each case an ordinary upload still goes through.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class BadInputTest {

    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    @TestHTTPResource("/api/documents")
    URI documents;

    @AfterEach
    void normalUploadStillSucceeds() {
        Response ok = given().header("X-API-Key", "test-key").contentType("text/plain; charset=UTF-8")
                .queryParam("fileName", "正常.txt")
                .body("到2025年，森林覆盖率达到25%。".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents");
        assertThat(ok.statusCode()).isEqualTo(202);
    }

    @Test
    @Timeout(60)
    void twoHundredMegabyteUploadIsRefusedWith413ProblemBeforeItsBodyIsRead() throws Exception {
        HttpAnswer response = announceBody("text/plain", TWO_HUNDRED_MB);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.headers()).contains("content-type: application/problem+json");
        JsonNode problem = response.body();
        assertThat(problem.path("type").asText()).endsWith("/document-too-large");
        assertThat(problem.path("title").asText()).isEqualTo("Document too large");
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asText()).isEqualTo(
                "the document has " + TWO_HUNDRED_MB + " bytes; the limit is 10485760 bytes");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/documents");
    }

    @Test
    @Timeout(60)
    void multipartRequestOverTheBodyLimitIsRefusedWith413ProblemNamingTheLimit() throws Exception {
        HttpAnswer response = announceBody("multipart/form-data; boundary=x", TWO_HUNDRED_MB);

        assertThat(response.status()).isEqualTo(413);
        JsonNode problem = response.body();
        assertThat(problem.path("type").asText()).endsWith("/request-too-large");
        assertThat(problem.path("detail").asText()).contains(String.valueOf(TWO_HUNDRED_MB))
                .contains("the limit is " + 64 * 1024 * 1024 + " bytes per request");
    }

    @Test
    @Timeout(60)
    void documentJustOverTheLimitIsRefusedByTheGatewayWithoutReachingIngest() throws Exception {
        IngestStub.uploads.clear();
        HttpAnswer response = announceBody("text/plain", 10 * 1024 * 1024 + 1);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.headers()).contains("content-type: application/problem+json");
        assertThat(response.body().path("detail").asText()).contains("10485761").contains("10485760");
        assertThat(IngestStub.uploads).isEmpty();
    }

    @Test
    void multipartFileOverTheDocumentLimitIsRefusedByNameWithoutBeingRead() {
        IngestStub.uploads.clear();
        Response response = given().header("X-API-Key", "test-key")
                .multiPart("files", "small.txt", "到2025年。".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "huge.txt", new byte[10 * 1024 * 1024 + 5], "text/plain")
                .post("/api/documents");
        assertThat(response.statusCode()).isEqualTo(207);
        assertThat(response.jsonPath().getList("files.status")).containsExactly(202, 413);
        assertThat(response.jsonPath().getString("files[1].problem.title")).isEqualTo("Document too large");
        assertThat(response.jsonPath().getString("files[1].problem.detail"))
                .isEqualTo("file 'huge.txt' has 10485765 bytes; the limit is 10485760 bytes");
        assertThat(IngestStub.uploads).hasSize(1);
    }

    @Test
    void retryAndRetryFailedNeedTheApiKey() {
        Response missing = given().post("/api/documents/abc123/retry");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        Response wrong = given().header("X-API-Key", "guess").post("/api/documents/retry-failed");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.jsonPath().getString("title")).isEqualTo("Invalid API key");
    }

    /**
     * Sends only the request head announcing a body of the given length, then reads the answer: an answer that
     * arrives proves the server decided from the Content-Length alone, without reading (or buffering) the body.
     */
    private HttpAnswer announceBody(String contentType, long length) throws Exception {
        try (Socket socket = new Socket(documents.getHost(), documents.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + documents.getRawPath() + " HTTP/1.1\r\nHost: " + documents.getHost() + ":"
                    + documents.getPort() + "\r\nContent-Type: " + contentType + "\r\nX-API-Key: test-key\r\n"
                    + "Content-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // read the head, then exactly Content-Length bytes: no need to wait for the server to close
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answerHead = new ByteArrayOutputStream();
            while (!answerHead.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                assertThat(b).as("an HTTP answer before the connection ends: %s", answerHead).isNotNegative();
                answerHead.write(b);
            }
            String headers = answerHead.toString(StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
            int status = Integer.parseInt(headers.substring(9, 12));
            java.util.regex.Matcher bodyLength = java.util.regex.Pattern.compile("content-length: *(\\d+)")
                    .matcher(headers);
            assertThat(bodyLength.find()).as("a Content-Length in %s", headers).isTrue();
            byte[] body = in.readNBytes(Integer.parseInt(bodyLength.group(1)));
            return new HttpAnswer(status, headers, new ObjectMapper().readTree(body));
        }
    }

    private record HttpAnswer(int status, String headers, JsonNode body) {
    }
}
