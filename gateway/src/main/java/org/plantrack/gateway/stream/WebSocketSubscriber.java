package org.plantrack.gateway.stream;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One WebSocket client of one stream. Every message is a JSON object
 * {@code {"stream":"indicators","event":"indicator","id":…,"data":{…the Kafka event…}}}. Each stream of a
 * connection counts its own frames not yet written: with one counter for both, resuming both streams from an id
 * about a window back replayed the first stream's events into the counter and the second stream's replay found it
 * over the bound, closing the connection with 1008 at once. The socket holds at most the bound per stream.
 * <p>
 * Each event is still one frame, but the frames of one Kafka poll are written by one task on the socket's event
 * loop, instead of each write from the consumer's thread waking the event loop on its own.
 */
public final class WebSocketSubscriber implements Subscriber {

    public static final String TRANSPORT = "websocket";

    private final ServerWebSocket socket;
    private final String stream;
    private final EventFilter filter;
    private final AtomicInteger pending;
    /** The event loop the socket belongs to (null outside Vert.x, then frames are written from the caller). */
    private final Context context;

    /** Built on the socket's event loop (the upgrade handler), whose context it keeps for the writes. */
    public WebSocketSubscriber(ServerWebSocket socket, String stream, EventFilter filter) {
        this.socket = socket;
        this.stream = stream;
        this.filter = filter;
        this.pending = new AtomicInteger();
        this.context = Vertx.currentContext();
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
    public void send(List<LiveEvent> events) {
        if (!isOpen()) {
            return;
        }
        pending.addAndGet(events.size());
        if (context == null) {
            writeFrames(events);
        } else {
            context.runOnContext(ignored -> writeFrames(events));
        }
    }

    private void writeFrames(List<LiveEvent> events) {
        for (LiveEvent event : events) {
            if (socket.isClosed()) {
                pending.decrementAndGet();
                continue;
            }
            // the Kafka record value is already JSON: embed it as it is
            socket.writeTextMessage("{\"stream\":\"" + stream + "\",\"event\":\"" + event.name() + "\",\"id\":"
                    + event.id() + ",\"data\":" + event.json() + "}").onComplete(done -> pending.decrementAndGet());
        }
    }

    @Override
    public void control(StreamControl message) {
        if (message instanceof StreamControl.Heartbeat heartbeat) {
            // a ping frame keeps proxies from closing an idle socket, and the client need not handle it
            if (isOpen()) {
                socket.writePing(Buffer.buffer(heartbeat.comment()));
            }
        } else {
            write(message.json(stream));
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
