package org.plantrack.gateway.stream;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One SSE client. The events of one Kafka poll go out as one write (one HTTP chunk, one flush): the text is
 * written to the underlying Vert.x response in the exact format {@link SseEventSink} uses ({@link SseText}), since
 * the sink writes and flushes each event on its own, the gateway's largest cost under load (docs/benchmarks.md,
 * "gateway: coalesced SSE writes"). The sink
 * still owns the response's life: it ends it on {@link #drop} and learns when the client goes away.
 * <p>
 * Writes are asynchronous; the number of events not yet written out to the connection is this subscriber's
 * buffer, and a subscriber whose buffer is full is too slow to keep: it is told why and closed, so it never holds
 * back the others or the Kafka consumer.
 */
public final class SseSubscriber implements Subscriber {

    public static final String TRANSPORT = "sse";

    private final HttpServerResponse response;
    private final SseEventSink sink;
    private final EventFilter filter;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean started;

    public SseSubscriber(HttpServerResponse response, SseEventSink sink, EventFilter filter) {
        this.response = response;
        this.sink = sink;
        this.filter = filter;
    }

    @Override
    public String transport() {
        return TRANSPORT;
    }

    @Override
    public boolean wants(LiveEvent event) {
        return filter.matches(event.attributes());
    }

    @Override
    public boolean isOpen() {
        return !closed.get() && !sink.isClosed();
    }

    @Override
    public int pending() {
        return pending.get();
    }

    @Override
    public void send(List<LiveEvent> events) {
        StringBuilder text = new StringBuilder(events.size() * 600);
        for (LiveEvent event : events) {
            SseText.appendEvent(text, event.id(), event.name(), event.json());
        }
        write(text, events.size());
    }

    @Override
    public void control(StreamControl message) {
        write(SseText.appendComment(new StringBuilder(), message.comment()), 1);
    }

    @Override
    public void drop(String reason) {
        if (closed.compareAndSet(false, true) && !sink.isClosed()) {
            response.write(Buffer.buffer(SseText.appendNamed(new StringBuilder(), "dropped", reason).toString()))
                    .onComplete(done -> sink.close());
        }
    }

    private void write(StringBuilder text, int events) {
        if (!isOpen()) {
            return;
        }
        startResponse();
        pending.addAndGet(events);
        response.write(Buffer.buffer(text.toString())).onComplete(done -> {
            pending.addAndGet(-events);
            if (done.failed()) {
                closed.set(true);
            }
        });
    }

    /**
     * The first write happens while the resource method still runs, before Quarkus REST sends the SSE headers
     * (after the method returns; it skips them once the head is written): send the same ones it would.
     */
    private void startResponse() {
        if (started) {
            return;
        }
        synchronized (this) {
            if (!started && !response.headWritten()) {
                response.setStatusCode(200)
                        .putHeader(HttpHeaders.CONTENT_TYPE, MediaType.SERVER_SENT_EVENTS)
                        .setChunked(true);
            }
            started = true;
        }
    }
}
