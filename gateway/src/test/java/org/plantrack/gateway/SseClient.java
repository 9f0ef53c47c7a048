package org.plantrack.gateway;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream line by line off the wire, as curl -N would, and parses its events. */
final class SseClient implements AutoCloseable {

    record Event(String id, String name, String data) {
    }

    final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    final int status;
    final String contentType;
    private final Stream<String> lines;
    private final Thread reader;

    SseClient(URI uri, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        status = response.statusCode();
        contentType = response.headers().firstValue("Content-Type").orElse("");
        lines = response.body();
        reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        String id = null;
        String name = null;
        List<String> data = new ArrayList<>();
        try {
            for (var it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, name, String.join("\n", data)));
                    }
                    id = null;
                    name = null;
                    data = new ArrayList<>();
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5).strip());
                }
            }
        } catch (UncheckedIOException | IllegalStateException closed) {
            // the test closed the stream
        }
    }

    Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    String nextComment(Duration timeout) throws InterruptedException {
        return comments.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
