package org.plantrack.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A tiny HTTP stand-in for ingest-service (a REST peer, not infrastructure): records what the gateway sent and
 * answers like the real service would. target-service is pointed at a closed port to exercise the 503 path.
 */
public class IngestStub implements QuarkusTestResourceLifecycleManager {

    record Seen(String method, String path, String query, String contentType, byte[] body) {
    }

    static volatile Seen last;
    /** The traceparent header of the last request to ingest-service (ObservabilityTest). */
    static volatile String lastTraceparent;
    static volatile Seen lastTarget;
    private static HttpServer targetServer;
    static final java.util.List<Seen> uploads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/documents", this::handle);
        server.start();
        try {
            targetServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        targetServer.createContext("/", IngestStub::handleTarget);
        targetServer.start();
        return Map.of(
                "quarkus.rest-client.ingest.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.rest-client.target.url", "http://127.0.0.1:" + targetServer.getAddress().getPort());
    }

    /** target-service goes away: from now on its port refuses connections. */
    public static synchronized void stopTarget() {
        if (targetServer != null) {
            targetServer.stop(0);
            targetServer = null;
        }
    }

    private static void handleTarget(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        // the raw path, as target-service's router sees it: an encoded slash (%2F) is no separator there
        lastTarget = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                rawQuery == null ? null : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("Accept"), exchange.getRequestBody().readAllBytes());
        String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
        if (accept.contains("text/csv")) {
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"indicators.csv\"");
            reply(exchange, 200, "text/csv; charset=UTF-8", "metric,value\n高新技术企业数量,4500\n");
        } else {
            reply(exchange, 200, "application/json", "[{\"metric\":\"高新技术企业数量\",\"value\":4500}]");
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        lastTraceparent = exchange.getRequestHeaders().getFirst("traceparent");
        last = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                rawQuery == null ? null : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("Content-Type"), body);
        String path = exchange.getRequestURI().getPath();
        if ("POST".equals(exchange.getRequestMethod()) && path.equals("/documents")) {
            uploads.add(last);
        }
        if ("DELETE".equals(exchange.getRequestMethod())) {
            if (path.equals("/documents/abc123")) {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            } else {
                reply(exchange, 404, "application/problem+json", "{\"title\":\"Document not found\",\"status\":404}");
            }
            return;
        }
        if ("POST".equals(exchange.getRequestMethod()) && path.equals("/documents") && last.query() != null
                && last.query().contains("fileName=big")) {
            reply(exchange, 413, "application/problem+json",
                    "{\"type\":\"https://plantrack.org/problems/document-too-large\",\"title\":\"Document too large\","
                            + "\"status\":413,\"detail\":\"the document has " + body.length + " bytes\"}");
        } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/documents")) {
            exchange.getResponseHeaders().add("Location", "/api/documents/abc123");
            reply(exchange, 202, "application/json",
                    "{\"id\":\"abc123\",\"state\":\"RECEIVED\",\"sizeBytes\":" + body.length + "}");
        } else if (path.equals("/documents/abc123/text")) {
            reply(exchange, 200, "text/plain;charset=UTF-8", "清洗后的文本：到2025年，森林覆盖率达到25%。");
        } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/documents/abc123/retry")) {
            exchange.getResponseHeaders().add("Location", "/api/documents/abc123");
            reply(exchange, 202, "application/json", "{\"id\":\"abc123\",\"state\":\"RECEIVED\",\"analysisRun\":2}");
        } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/documents/retry-failed")) {
            reply(exchange, 202, "application/json", "{\"queued\":2,\"reason\":\"timeout\"}");
        } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/documents/reanalyze-missing-text")) {
            reply(exchange, 202, "application/json", "{\"queued\":3,\"batches\":1}");
        } else if (path.equals("/documents/abc123")) {
            reply(exchange, 200, "application/json", "{\"id\":\"abc123\",\"state\":\"ANALYZED\",\"title\":\"纲要\"}");
        } else if (path.equals("/documents")) {
            exchange.getResponseHeaders().add("X-Total-Count", "1");
            reply(exchange, 200, "application/json", "[{\"id\":\"abc123\"}]");
        } else {
            reply(exchange, 404, "application/problem+json",
                    "{\"type\":\"https://plantrack.org/problems/document-not-found\",\"title\":\"Document not found\","
                            + "\"status\":404,\"detail\":\"no document with id 'missing'\",\"instance\":\"" + path + "\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        stopTarget();
    }
}
