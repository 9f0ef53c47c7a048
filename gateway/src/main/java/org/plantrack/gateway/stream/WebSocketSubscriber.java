package org.plantrack.gateway.stream;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One WebSocket client of one stream. Every message is a JSON object
 * {@code {"stream":"indicators","event":"indicator","id":…,"data":{…the Kafka event…}}}. The buffer counter is
 * shared by the connection's subscriptions to both streams, since they write to the same socket.
 */
public final class WebSocketSubscriber implements Subscriber {

    public static final String TRANSPORT = "websocket";

    private final ServerWebSocket socket;
    private final String stream;
    private final EventFilter filter;
    private final AtomicInteger pending;

    public WebSocketSubscriber(ServerWebSocket socket, String stream, EventFilter filter,
                               AtomicInteger sharedPending) {
        this.socket = socket;
        this.stream = stream;
        this.filter = filter;
        this.pending = sharedPending;
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
        return !socket.isClosed();
    }

    @Override
    public int pending() {
        return pending.get();
    }

    @Override
    public void send(LiveEvent event) {
        // the Kafka record value is already JSON: embed it as it is
        write("{\"stream\":\"" + stream + "\",\"event\":\"" + event.name() + "\",\"id\":" + event.id()
                + ",\"data\":" + event.json() + "}");
    }

    @Override
    public void comment(String text) {
        if (text.startsWith("connected")) {
            write("{\"stream\":\"" + stream + "\",\"event\":\"connected\"}");
        } else if (text.startsWith("events before")) {
            // a resume from an id older than the retained window: say that some events cannot be replayed
            write("{\"stream\":\"" + stream + "\",\"event\":\"gap\",\"detail\":\"" + text + "\"}");
        } else if (isOpen()) {
            // heartbeat: a ping frame keeps proxies from closing an idle socket
            socket.writePing(Buffer.buffer(text));
        }
    }

    @Override
    public void drop(String reason) {
        if (isOpen()) {
            // 1008 (policy violation) with the reason in the close frame (at most 123 bytes)
            socket.close((short) 1008, truncate(reason));
        }
    }

    static String truncate(String reason) {
        return reason.length() > 40 ? reason.substring(0, 40) : reason;
    }

    private void write(String message) {
        if (!isOpen()) {
            return;
        }
        pending.incrementAndGet();
        socket.writeTextMessage(message).onComplete(done -> pending.decrementAndGet());
    }
}
