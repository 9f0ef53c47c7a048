package org.plantrack.fault;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The gateway's public API, as a user's program calls it. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String gateway;

    Api(String gateway) {
        this.gateway = gateway;
    }

    record Reply(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    /** A transport failure (connection refused, timeout) is status -1 with the exception as body. */
    Reply upload(byte[] content, String fileName) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/documents?fileName="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        return send(request);
    }

    Reply document(String id) {
        return get("/api/documents/" + id);
    }

    /** All stored indicators of one document (one page of up to 1000, far more than a test document has). */
    List<JsonNode> indicators(String documentId) {
        Reply reply = get("/api/indicators?size=1000&documentId=" + URLEncoder.encode(documentId, StandardCharsets.UTF_8));
        if (reply.status() != 200) {
            return null;
        }
        JsonNode body = reply.json();
        JsonNode items = body.isArray() ? body : body.path("items");
        List<JsonNode> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Reply(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "", e.toString());
        }
    }
}
