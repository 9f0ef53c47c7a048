package org.plantrack.gateway.stream;

import io.vertx.core.json.JsonObject;

/**
 * What a stream tells its client besides events, as types rather than wording: code that must react to one (the
 * WebSocket resume switches to live at {@link Connected}) matches the type, and each transport renders it in its
 * own form. On SSE each is a comment line, the text clients have always seen ({@link #comment()}); on the
 * WebSocket each is a JSON message whose {@code event} field is {@link #type()}, the field event messages use too,
 * so a client reads one field to tell them apart.
 */
public sealed interface StreamControl {

    /** The name of this kind of message: {@code connected}, {@code gap}, {@code heartbeat}. */
    String type();

    /** The SSE comment text (without the leading colon). */
    String comment();

    /** The WebSocket message for a subscriber of {@code stream}. */
    default String json(String stream) {
        return new JsonObject().put("stream", stream).put("event", type()).encode();
    }

    /** The subscription is registered: what follows is the replay (if any), then live events. */
    record Connected(String stream) implements StreamControl {
        @Override
        public String type() {
            return "connected";
        }

        @Override
        public String comment() {
            return "connected to " + stream;
        }
    }

    /** A resume from before the retained window: the events before {@code oldestRetainedId} cannot be replayed. */
    record Gap(long oldestRetainedId) implements StreamControl {
        @Override
        public String type() {
            return "gap";
        }

        @Override
        public String comment() {
            return "events before id " + oldestRetainedId + " are no longer retained";
        }

        @Override
        public String json(String stream) {
            return new JsonObject().put("stream", stream).put("event", type()).put("oldestId", oldestRetainedId)
                    .put("detail", comment()).encode();
        }
    }

    /** Keeps proxies from closing an idle connection and finds dead ones (a ping frame on the WebSocket). */
    record Heartbeat() implements StreamControl {
        @Override
        public String type() {
            return "heartbeat";
        }

        @Override
        public String comment() {
            return "heartbeat";
        }
    }
}
