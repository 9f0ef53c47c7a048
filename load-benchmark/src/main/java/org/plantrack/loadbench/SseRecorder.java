package org.plantrack.loadbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** One SSE subscription to the gateway's indicator stream: when each document's first indicator event arrived. */
final class SseRecorder implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> firstEventNanos = new ConcurrentHashMap<>();
    private final AtomicLong events = new AtomicLong();
    private volatile Stream<String> lines;
    private final Thread reader;

    SseRecorder(URI stream) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").GET().build();
        reader = new Thread(() -> {
            try {
                HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
                if (response.statusCode() != 200) {
                    System.err.println("SSE " + stream + " answered " + response.statusCode());
                    return;
                }
                lines = response.body();
                StringBuilder data = new StringBuilder();
                lines.forEach(line -> {
                    if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    } else if (line.isEmpty() && data.length() > 0) {
                        record(data.toString());
                        data.setLength(0);
                    }
                });
            } catch (Exception e) {
                if (lines != null) {
                    System.err.println("SSE stream ended: " + e);
                }
            }
        }, "sse-recorder");
        reader.setDaemon(true);
        reader.start();
    }

    private void record(String data) {
        long now = System.nanoTime();
        events.incrementAndGet();
        try {
            JsonNode event = JSON.readTree(data);
            String documentId = event.path("indicator").path("documentId").asText("");
            if (!documentId.isEmpty()) {
                firstEventNanos.putIfAbsent(documentId, now);
            }
        } catch (Exception ignored) {
            // keep-alive comments or foreign events carry no document
        }
    }

    Long firstEvent(String documentId) {
        return firstEventNanos.get(documentId);
    }

    long events() {
        return events.get();
    }

    @Override
    public void close() {
        Stream<String> current = lines;
        if (current != null) {
            current.close();
        }
        reader.interrupt();
    }
}
