package org.plantrack.gateway.stream;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One SSE client. Writes are asynchronous; the number not yet written out to the connection is this
 * subscriber's buffer, and a subscriber whose buffer is full is too slow to keep: it is told why and closed,
 * so it never holds back the others or the Kafka consumer.
 */
public final class SseSubscriber implements Subscriber {

    public static final String TRANSPORT = "sse";

    private final SseEventSink sink;
    private final Sse sse;
    private final EventFilter filter;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    public SseSubscriber(SseEventSink sink, Sse sse, EventFilter filter) {
        this.sink = sink;
        this.sse = sse;
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
    public void send(LiveEvent event) {
        write(sse.newEventBuilder()
                .id(Long.toString(event.id()))
                .name(event.name())
                .data(event.json())
                .build());
    }

    @Override
    public void comment(String text) {
        write(sse.newEventBuilder().comment(text).build());
    }

    @Override
    public void drop(String reason) {
        if (closed.compareAndSet(false, true)) {
            sink.send(sse.newEventBuilder().name("dropped").data(reason).build())
                    .whenComplete((ignored, error) -> sink.close());
        }
    }

    private void write(OutboundSseEvent event) {
        if (!isOpen()) {
            return;
        }
        pending.incrementAndGet();
        sink.send(event).whenComplete((ignored, error) -> {
            pending.decrementAndGet();
            if (error != null) {
                closed.set(true);
            }
        });
    }
}
