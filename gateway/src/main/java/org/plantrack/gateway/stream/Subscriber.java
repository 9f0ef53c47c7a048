package org.plantrack.gateway.stream;

import java.util.List;

/** A live client of one stream (an SSE response, a WebSocket connection), as the hub sees it. */
public interface Subscriber {

    boolean wants(LiveEvent event);

    /** "sse" or "websocket": a tag of the subscriber metrics. */
    String transport();

    boolean isOpen();

    /** Events handed to the connection but not yet written out: the subscriber's buffer. */
    int pending();

    /** Events that arrived together, in id order: written to the connection at once where the transport can. */
    void send(List<LiveEvent> events);

    /** A control message (connected, gap, heartbeat), in the transport's own form. */
    void control(StreamControl message);

    /** Tells the client why it is being disconnected, then closes it. */
    void drop(String reason);
}
