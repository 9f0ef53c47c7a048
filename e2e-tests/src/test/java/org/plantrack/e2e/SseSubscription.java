package org.plantrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client for the tests: keeps every event's data parsed as JSON. The HTTP request is
 * opened by {@link #open}; events that arrive before anyone waits for them are kept.
 */
final class SseSubscription implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> events = new ArrayList<>();
    private final List<String> unparsable = new ArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;
    private volatile Throwable failure;

    private SseSubscription(URI uri) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.whenComplete((r, error) -> {
            if (error != null) {
                failure = error;
                return;
            }
            Thread reader = new Thread(() -> read(r), "sse-reader");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /**
     * Subscribes and waits (up to {@code headersTimeout}) for the response headers. A server may hold its headers
     * until the first event, so a timeout here is not an error: the request is open either way.
     */
    static SseSubscription open(URI uri, Duration headersTimeout) {
        SseSubscription subscription = new SseSubscription(uri);
        try {
            HttpResponse<Stream<String>> r = subscription.response.get(headersTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + uri + " answered " + r.statusCode());
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/event-stream")) {
                throw new AssertionError("GET " + uri + " answered Content-Type " + type);
            }
        } catch (java.util.concurrent.TimeoutException headersNotYetSent) {
            // fine, see above
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("could not subscribe to " + uri, e.getCause());
        }
        return subscription;
    }

    private void read(HttpResponse<Stream<String>> r) {
        lines = r.body();
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    dispatch(data);
                } else if (line.startsWith("data:")) {
                    String value = line.substring(5);
                    data.append(data.length() > 0 ? "\n" : "").append(value.startsWith(" ") ? value.substring(1) : value);
                }
                // "event:", "id:", "retry:" and ":" comments carry nothing the tests need
            });
            dispatch(data);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void dispatch(StringBuilder data) {
        if (data.length() == 0) {
            return;
        }
        String text = data.toString();
        data.setLength(0);
        synchronized (events) {
            try {
                events.add(JSON.readTree(text));
            } catch (Exception e) {
                unparsable.add(text);
            }
            events.notifyAll();
        }
    }

    /** All events matching {@code filter} once at least one arrived (and a short grace for its siblings). */
    List<JsonNode> await(Predicate<JsonNode> filter, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (events) {
            while (events.stream().noneMatch(filter)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("no matching SSE event within " + timeout + "; received " + events.size()
                            + " events " + abbreviate(events.toString()) + ", unparsable " + unparsable
                            + (failure == null ? "" : ", stream failure " + failure));
                }
                events.wait(Math.min(left, 1000));
            }
        }
        Thread.sleep(1000);
        synchronized (events) {
            return events.stream().filter(filter).toList();
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }

    @Override
    public void close() {
        Stream<String> current = lines;
        if (current != null) {
            current.close();
        }
        response.cancel(true);
    }
}
