package org.plantrack.gateway.rest;

import io.vertx.core.MultiMap;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plantrack.gateway.stream.EventFilter;
import org.plantrack.gateway.stream.LiveEvent;
import org.plantrack.gateway.stream.LiveStreams;
import org.plantrack.gateway.stream.StreamHub;
import org.plantrack.gateway.stream.Subscriber;
import org.plantrack.gateway.stream.SubscriberQuota;
import org.plantrack.gateway.stream.WebSocketSubscriber;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /api/ws}: indicator and target events over one WebSocket (plain Vert.x: no extra extension). Query
 * parameters: {@code streams} (indicators,targets,documents; default indicators,targets: document state changes are
 * asked for by name), the same filters as the SSE streams, and
 * {@code lastEventId} (or a Last-Event-ID header): the retained events after that id are sent first, then live ones.
 * Both streams share one id sequence, so the id of the last message a client got, whichever stream, is enough.
 * <p>
 * Browsers cannot set headers on a WebSocket and may not want the id in a URL, so a client that named no id may
 * also send {@code {"resume": <lastEventId>}} as its first message. Events are held back for
 * {@code plantrack.ws.resume-wait} after the upgrade to give it the chance; then (or at the first message,
 * whichever comes first) the connection goes live. A first message that is not a valid resume, or a resume that
 * comes too late, is answered with an error frame {@code {"event":"error","type":…,"detail":…}} naming the cause,
 * and the connection stays open with the live events.
 */
@ApplicationScoped
public class LiveSocket {

    @Inject
    LiveStreams streams;

    @Inject
    SubscriberQuota quota;

    @ConfigProperty(name = "plantrack.api-key")
    Optional<String> apiKey;

    @ConfigProperty(name = "plantrack.protect-reads", defaultValue = "false")
    boolean protectReads;

    /** How long a connection without lastEventId waits for a resume message before it goes live. */
    @ConfigProperty(name = "plantrack.ws.resume-wait", defaultValue = "PT0.5S")
    Duration resumeWait;

    void routes(@Observes Router router) {
        router.get("/api/ws").handler(this::upgrade);
    }

    private void upgrade(RoutingContext context) {
        Map<String, List<String>> query = toMap(context.queryParams());
        if (protectReads && apiKey.isPresent() && !apiKey.get().isBlank()) {
            String given = context.request().getHeader(ApiKeyFilter.HEADER);
            if (given == null && query.containsKey("apiKey")) {
                given = query.get("apiKey").get(0);
            }
            if (!ApiKeyFilter.matches(apiKey.get(), given)) {
                problem(context, 401, "api-key-invalid", "API key required",
                        "a valid API key is required (X-API-Key header or apiKey parameter)");
                return;
            }
        }
        List<String> wanted = query.getOrDefault("streams", List.of("indicators,targets"));
        EventFilter indicatorFilter;
        EventFilter targetFilter;
        EventFilter documentFilter;
        Long lastEventId;
        try {
            indicatorFilter = EventFilter.parse(query, LiveStreams.INDICATOR_FILTERS);
            targetFilter = EventFilter.parse(query, LiveStreams.TARGET_FILTERS);
            documentFilter = EventFilter.parse(query, LiveStreams.DOCUMENT_FILTERS);
            lastEventId = LastEventId.parse(context.request().getHeader("Last-Event-ID"),
                    query.getOrDefault("lastEventId", List.of()).stream().findFirst().orElse(null));
        } catch (ProblemException e) {
            problem(context, e.status(), e.type(), e.title(), e.getMessage());
            return;
        }
        int streamCount = (wanted.stream().anyMatch(v -> v.contains("indicators")) ? 1 : 0)
                + (wanted.stream().anyMatch(v -> v.contains("targets")) ? 1 : 0)
                + (wanted.stream().anyMatch(v -> v.contains("documents")) ? 1 : 0);
        AtomicReference<ServerWebSocket> upgraded = new AtomicReference<>();
        AtomicBoolean failed = new AtomicBoolean();
        try {
            // open until the upgrade fails or the socket closes
            quota.admit(context.request().remoteAddress().hostAddress(), streamCount,
                    () -> !failed.get() && (upgraded.get() == null || !upgraded.get().isClosed()));
        } catch (ProblemException e) {
            problem(context, e.status(), e.type(), e.title(), e.getMessage());
            return;
        }
        context.request().toWebSocket().onFailure(e -> failed.set(true)).onSuccess(socket -> {
            upgraded.set(socket);
            // without an id from the query or header, a first message may still name one: hold events till then
            boolean hold = lastEventId == null;
            List<Resumable> subscriptions = new ArrayList<>(3);
            if (wanted.stream().anyMatch(v -> v.contains("indicators"))) {
                subscriptions.add(new Resumable(streams.indicators(),
                        new WebSocketSubscriber(socket, "indicators", indicatorFilter), hold));
            }
            if (wanted.stream().anyMatch(v -> v.contains("targets"))) {
                subscriptions.add(new Resumable(streams.targets(),
                        new WebSocketSubscriber(socket, "targets", targetFilter), hold));
            }
            if (wanted.stream().anyMatch(v -> v.contains("documents"))) {
                subscriptions.add(new Resumable(streams.documents(),
                        new WebSocketSubscriber(socket, "documents", documentFilter), hold));
            }
            subscriptions.forEach(s -> s.start(lastEventId));
            socket.closeHandler(closed -> subscriptions.forEach(Resumable::stop));
            AtomicBoolean decided = new AtomicBoolean(!hold);
            if (hold) {
                context.vertx().setTimer(Math.max(1, resumeWait.toMillis()), timer -> {
                    if (decided.compareAndSet(false, true)) {
                        subscriptions.forEach(s -> s.release(null));
                    }
                });
            }
            AtomicBoolean firstMessage = new AtomicBoolean(true);
            // only the first message means something (a resume); anything a client writes after it is ignored
            socket.handler(message -> {
                if (firstMessage.compareAndSet(true, false)) {
                    onFirstMessage(socket, message.toString(StandardCharsets.UTF_8), decided, subscriptions);
                }
            });
        }).onFailure(context::fail);
    }

    private void onFirstMessage(ServerWebSocket socket, String message, AtomicBoolean decided,
                                List<Resumable> subscriptions) {
        Long resumeFrom;
        try {
            resumeFrom = parseResume(message);
        } catch (IllegalArgumentException e) {
            if (decided.compareAndSet(false, true)) {
                subscriptions.forEach(s -> s.release(null));
            }
            error(socket, "invalid-resume", e.getMessage() + "; the connection continues with live events");
            return;
        }
        if (decided.compareAndSet(false, true)) {
            subscriptions.forEach(s -> s.release(resumeFrom));
        } else {
            error(socket, "resume-too-late", "the resume message must be the first message, sent within "
                    + resumeWait.toMillis() + " ms of connecting and only when no lastEventId was given; the "
                    + "connection continues with live events (reconnect with lastEventId to replay)");
        }
    }

    /** The id of a {@code {"resume": <lastEventId>}} message: a non-negative number, or a string of digits. */
    static long parseResume(String message) {
        JsonObject json;
        try {
            json = new JsonObject(message);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the first message must be a JSON object {\"resume\": <lastEventId>}");
        }
        Object value = json.getValue("resume");
        if (value == null) {
            throw new IllegalArgumentException("the first message has no \"resume\" field");
        }
        String raw = value.toString().strip();
        if ((value instanceof Number || value instanceof String) && raw.matches("[0-9]{1,18}")) {
            return Long.parseLong(raw);
        }
        throw new IllegalArgumentException("\"resume\" must be an event id this gateway sent (a number), not "
                + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw));
    }

    private static void error(ServerWebSocket socket, String type, String detail) {
        if (!socket.isClosed()) {
            socket.writeTextMessage(new JsonObject().put("event", "error").put("type", type).put("detail", detail)
                    .encode());
        }
    }

    private static void problem(RoutingContext context, int status, String type, String title, String detail) {
        // built by the JSON library (Jackson underneath), never by concatenation: a detail may quote what the client
        // sent, backslashes and control characters included
        String body = new JsonObject().put("type", "https://plantrack.org/problems/" + type).put("title", title)
                .put("status", status).put("detail", detail).put("instance", context.request().path()).encode();
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }

    /**
     * One stream of one connection. While held it sends no event, only notes the first one it let pass; release
     * subscribes it again from the resume id, or from just before that first event, so the hub replays what it
     * retains after it in order. Nothing is kept here, and the switch to live happens inside the hub's subscribe
     * (at its "connected" comment, under the hub's lock), so no event is sent twice or skipped.
     */
    static final class Resumable implements Subscriber {

        private enum State { HOLDING, RESUBSCRIBING, LIVE }

        private final StreamHub hub;
        private final WebSocketSubscriber socket;
        private State state;
        private Long firstHeld;

        Resumable(StreamHub hub, WebSocketSubscriber socket, boolean hold) {
            this.hub = hub;
            this.socket = socket;
            this.state = hold ? State.HOLDING : State.LIVE;
        }

        void start(Long lastEventId) {
            hub.subscribe(this, lastEventId);
        }

        void stop() {
            hub.unsubscribe(this);
        }

        /** Ends the hold: replays after {@code resumeFrom}, or (null) from the first event held back. */
        void release(Long resumeFrom) {
            long from;
            synchronized (this) {
                if (state != State.HOLDING) {
                    return;
                }
                if (resumeFrom == null && firstHeld == null) {
                    state = State.LIVE;
                    return;
                }
                from = resumeFrom != null ? resumeFrom : firstHeld - 1;
                state = State.RESUBSCRIBING;
            }
            hub.unsubscribe(this);
            hub.subscribe(this, from);
        }

        @Override
        public synchronized void send(List<LiveEvent> events) {
            if (state == State.LIVE) {
                socket.send(events);
            } else if (state == State.HOLDING && firstHeld == null) {
                firstHeld = events.get(0).id();
            }
        }

        @Override
        public synchronized void comment(String text) {
            if (text.startsWith("connected") && state == State.RESUBSCRIBING) {
                state = State.LIVE; // the replay follows; the client was told it is connected already
                return;
            }
            socket.comment(text);
        }

        @Override
        public boolean wants(LiveEvent event) {
            return socket.wants(event);
        }

        @Override
        public String transport() {
            return socket.transport();
        }

        @Override
        public boolean isOpen() {
            return socket.isOpen();
        }

        @Override
        public int pending() {
            return socket.pending();
        }

        @Override
        public void drop(String reason) {
            socket.drop(reason);
        }
    }

    private static Map<String, List<String>> toMap(MultiMap params) {
        Map<String, List<String>> map = new HashMap<>();
        for (String name : params.names()) {
            map.put(name, params.getAll(name));
        }
        return map;
    }
}
