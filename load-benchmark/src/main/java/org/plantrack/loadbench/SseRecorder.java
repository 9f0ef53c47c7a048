package org.plantrack.loadbench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One SSE subscription to the gateway's indicator stream: when each document's first indicator event arrived. It
 * behaves like a well-written client: when the gateway drops it (too slow while the machine is overloaded) or the
 * stream ends, it reconnects with Last-Event-ID and so misses nothing the gateway still retains. Reconnections are
 * counted and printed, because each one means the figures include a gap.
 */
final class SseRecorder implements AutoCloseable {

    private final Map<String, Long> firstEventNanos = new ConcurrentHashMap<>();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI stream;
    private volatile Stream<String> lines;
    private volatile boolean closed;
    private volatile String lastEventId;
    private final Thread reader;

    SseRecorder(URI stream) {
        this.stream = stream;
        reader = new Thread(this::readUntilClosed, "sse-recorder");
        reader.setDaemon(true);
        reader.start();
    }

    private void readUntilClosed() {
        while (!closed) {
            try {
                readOnce();
            } catch (Exception e) {
                if (!closed) {
                    System.err.println("SSE stream ended (" + e + "); reconnecting with Last-Event-ID " + lastEventId);
                }
            }
            if (!closed) {
                reconnects.incrementAndGet();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void readOnce() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IllegalStateException("SSE " + stream + " answered " + response.statusCode());
        }
        lines = response.body();
        StringBuilder data = new StringBuilder();
        String[] name = {null};
        String[] id = {null};
        lines.forEach(line -> {
            if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            } else if (line.startsWith("id:")) {
                id[0] = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                name[0] = line.substring(6).trim();
            } else if (line.isEmpty()) {
                if ("dropped".equals(name[0])) {
                    System.err.println("SSE subscriber dropped by the gateway: " + data);
                } else if (data.length() > 0) {
                    record(data.toString());
                }
                if (id[0] != null) {
                    lastEventId = id[0];
                }
                data.setLength(0);
                name[0] = null;
                id[0] = null;
            }
        });
    }

    private void record(String data) {
        long now = System.nanoTime();
        events.incrementAndGet();
        // keep-alive comments or foreign events carry no document
        String documentId = JsonFields.text(data, "indicator", "documentId");
        if (documentId != null) {
            firstEventNanos.putIfAbsent(documentId, now);
        }
    }

    Long firstEvent(String documentId) {
        return firstEventNanos.get(documentId);
    }

    long events() {
        return events.get();
    }

    /** How often the stream had to be reopened (dropped as too slow, or ended). */
    long reconnects() {
        return reconnects.get();
    }

    @Override
    public void close() {
        closed = true;
        Stream<String> current = lines;
        if (current != null) {
            current.close();
        }
        reader.interrupt();
    }
}
