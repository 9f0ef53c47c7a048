package org.plantrack.devinfra.importer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the gateway's document API, enough to drive an import: uploads (key-checked) store a document
 * RECEIVED, the next read sees it ANALYZED, or FAILED when its text says "FAIL"; a "IMAGE" text is refused with 415.
 */
final class FakeGateway implements AutoCloseable {

    final Map<String, String> states = new ConcurrentHashMap<>();
    final Map<String, String> regions = new ConcurrentHashMap<>();
    final AtomicInteger uploads = new AtomicInteger();
    private final HttpServer server;
    private final String requiredKey;

    FakeGateway(String requiredKey) throws IOException {
        this.requiredKey = requiredKey;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/documents", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if ("POST".equals(exchange.getRequestMethod())) {
            if (requiredKey != null && !requiredKey.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
                answer(exchange, 401, "{\"title\":\"Unauthorized\",\"detail\":\"a valid API key is required\"}");
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.contains("IMAGE")) {
                answer(exchange, 415, "{\"title\":\"Unsupported document type\",\"detail\":\"it is an image\"}");
                return;
            }
            uploads.incrementAndGet();
            String id = DocumentHash.documentId(body);
            states.putIfAbsent(id, text.contains("FAIL") ? "FAILING" : "RECEIVED");
            String query = exchange.getRequestURI().getQuery();
            if (query != null && query.contains("region=")) {
                regions.put(id, query.substring(query.indexOf("region=") + 7));
            }
            answer(exchange, 202, document(id, "RECEIVED"));
            return;
        }
        if (path.equals("/api/documents")) {
            answer(exchange, 200, "[]");
            return;
        }
        String id = path.substring("/api/documents/".length());
        String state = states.get(id);
        if (state == null) {
            answer(exchange, 404, "{\"title\":\"Not found\"}");
            return;
        }
        // the read after the upload sees the analysis done
        String next = switch (state) {
            case "RECEIVED" -> "ANALYZED";
            case "FAILING" -> "FAILED";
            default -> state;
        };
        states.put(id, next);
        answer(exchange, 200, document(id, state.equals("RECEIVED") || state.equals("FAILING") ? "ANALYZING" : next));
    }

    private static String document(String id, String state) {
        return "{\"id\":\"" + id + "\",\"state\":\"" + state + "\","
                + ("ANALYZED".equals(state) ? "\"counts\":{\"indicators\":2}," : "")
                + ("FAILED".equals(state) ? "\"failureReason\":\"no sentences\"," : "")
                + "\"fileName\":\"x\"}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
