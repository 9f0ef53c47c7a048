package org.plantrack.devinfra.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The three gateway calls an import makes, with plain JDK HTTP: does a document exist (GET /api/documents/{id},
 * key-free like every read), upload one file as the raw body (POST /api/documents, the key in X-API-Key), and read a
 * document's state. Answers that mean the whole import cannot work (nothing listening, a rejected key, something that
 * is not a PlanTrack gateway) throw {@link ImportException}; a refused file throws {@link RefusedException}.
 */
public class GatewayClient {

    static final String API_KEY_HEADER = "X-API-Key";

    /** The gateway refused this one file (e.g. 415 unsupported type, 413 too large); the others may still go. */
    public static class RefusedException extends RuntimeException {
        public RefusedException(String message) {
            super(message);
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final URI base;
    private final String apiKey;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public GatewayClient(URI base, String apiKey) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.apiKey = apiKey;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Fails early and clearly when the URL does not answer like a PlanTrack gateway. */
    public void checkReachable() {
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(base.resolve("/api/documents?size=1")).GET());
        if (answer.statusCode() != 200 || !looksLikeJsonArray(answer.body())) {
            throw new ImportException(base + " does not answer like a PlanTrack gateway (GET /api/documents "
                    + "answered HTTP " + answer.statusCode() + "); check --url");
        }
    }

    /** The document with this id, or empty when the gateway does not hold it. */
    public Optional<DocumentStatus> find(String documentId) {
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(base.resolve("/api/documents/" + documentId)).GET());
        if (answer.statusCode() == 404) {
            return Optional.empty();
        }
        if (answer.statusCode() != 200) {
            throw new RefusedException("reading document " + documentId + " answered " + describe(answer));
        }
        return Optional.of(status(readTree(answer.body())));
    }

    /** Uploads the bytes as one document and answers its state right after the upload. */
    public DocumentStatus upload(String fileName, byte[] bytes, String region) {
        StringBuilder query = new StringBuilder("/api/documents?fileName=").append(encode(fileName));
        if (region != null && !region.isBlank()) {
            query.append("&region=").append(encode(region));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(query.toString()))
                .header("Content-Type", contentType(fileName))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header(API_KEY_HEADER, apiKey);
        }
        HttpResponse<byte[]> answer = send(request);
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            throw new ImportException("the gateway refused the upload with HTTP " + answer.statusCode()
                    + (apiKey == null || apiKey.isBlank() ? ": it requires an API key; pass --key or set PLANTRACK_API_KEY"
                    : ": the API key was not accepted; check --key or PLANTRACK_API_KEY"));
        }
        if (answer.statusCode() / 100 != 2) {
            throw new RefusedException("upload answered " + describe(answer));
        }
        return status(readTree(answer.body()));
    }

    /** The type the gateway is told; ingest-service judges the bytes anyway, this only helps its text decoder. */
    static String contentType(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return "text/html";
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new ImportException("cannot connect to the gateway at " + base
                    + " (is PlanTrack running? start it with ./plantrack up, or pass --url)");
        } catch (HttpTimeoutException e) {
            throw new RefusedException("the gateway at " + base + " did not answer within " + REQUEST_TIMEOUT);
        } catch (IOException e) {
            throw new ImportException("cannot talk to the gateway at " + base + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("interrupted");
        }
    }

    private DocumentStatus status(JsonNode document) {
        JsonNode indicators = document.path("counts").path("indicators");
        return new DocumentStatus(document.path("id").asText(null), document.path("state").asText(null),
                indicators.isNumber() ? indicators.intValue() : null, document.path("failureReason").asText(null));
    }

    private JsonNode readTree(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new RefusedException("the gateway answered something that is not JSON");
        }
    }

    private boolean looksLikeJsonArray(byte[] body) {
        try {
            return json.readTree(body).isArray();
        } catch (IOException e) {
            return false;
        }
    }

    /** "HTTP 415: <problem detail>" when the body is a problem, the status alone otherwise. */
    private String describe(HttpResponse<byte[]> answer) {
        String detail = null;
        try {
            JsonNode problem = json.readTree(answer.body());
            detail = problem.path("detail").asText(problem.path("title").asText(null));
        } catch (IOException | RuntimeException e) {
            // not a problem body: the status says enough
        }
        return "HTTP " + answer.statusCode() + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
