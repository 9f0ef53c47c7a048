package org.plantrack.gateway.stream;

import io.vertx.core.MultiMap;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plantrack.web.problem.Problem;
import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import org.plantrack.web.security.ApiKeyCheck;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * <p>
 * The API key is checked by the same {@link ApiKeyCheck} as every REST request (a browser cannot set headers on a
 * WebSocket, so the key may also come as the {@code apiKey} parameter).
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

    /** The streams a connection may name in {@code streams}, in the order their subscriptions are made. */
    static final List<String> STREAMS = List.of("indicators", "targets", "documents");
    /** The streams of a connection that names none: document state changes are asked for explicitly. */
    static final List<String> DEFAULT_STREAMS = List.of("indicators", "targets");

    /** How long a connection without lastEventId waits for a resume message before it goes live. */
    @ConfigProperty(name = "plantrack.ws.resume-wait", defaultValue = "PT0.5S")
    Duration resumeWait;

    void routes(@Observes Router router) {
        router.get("/api/ws").handler(this::upgrade);
    }

    private void upgrade(RoutingContext context) {
        Map<String, List<String>> query = toMap(context.queryParams());
        String given = context.request().getHeader(ApiKeyCheck.HEADER);
        if (given == null && query.containsKey("apiKey")) {
            given = query.get("apiKey").get(0);
        }
        Optional<ProblemType> refusal = new ApiKeyCheck(apiKey, protectReads)
                .refusal(context.request().method().name(), context.request().path(), given);
        if (refusal.isPresent()) {
            problem(context, new ProblemException(refusal.get(),
                    ApiKeyCheck.detail(refusal.get(), "the " + ApiKeyCheck.HEADER + " header or apiKey parameter")));
            return;
        }
        Set<String> wanted;
        EventFilter indicatorFilter;
        EventFilter targetFilter;
        EventFilter documentFilter;
        Long lastEventId;
        try {
            wanted = streams(query.get("streams"));
            indicatorFilter = EventFilter.parse(query, LiveStreams.INDICATOR_FILTERS);
            targetFilter = EventFilter.parse(query, LiveStreams.TARGET_FILTERS);
            documentFilter = EventFilter.parse(query, LiveStreams.DOCUMENT_FILTERS);
            lastEventId = LastEventId.parse(context.request().getHeader("Last-Event-ID"),
                    query.getOrDefault("lastEventId", List.of()).stream().findFirst().orElse(null));
        } catch (ProblemException e) {
            problem(context, e);
            return;
        }
        int streamCount = wanted.size();
        AtomicReference<ServerWebSocket> upgraded = new AtomicReference<>();
        AtomicBoolean failed = new AtomicBoolean();
        try {
            // open until the upgrade fails or the socket closes
            quota.admit(context.request().remoteAddress().hostAddress(), streamCount,
                    () -> !failed.get() && (upgraded.get() == null || !upgraded.get().isClosed()));
        } catch (ProblemException e) {
            problem(context, e);
            return;
        }
        context.request().toWebSocket().onFailure(e -> failed.set(true)).onSuccess(socket -> {
            upgraded.set(socket);
            // without an id from the query or header, a first message may still name one: hold events till then
            boolean hold = lastEventId == null;
            List<Resumable> subscriptions = new ArrayList<>(3);
            if (wanted.contains("indicators")) {
                subscriptions.add(new Resumable(streams.indicators(),
                        new WebSocketSubscriber(socket, "indicators", indicatorFilter), hold));
            }
            if (wanted.contains("targets")) {
                subscriptions.add(new Resumable(streams.targets(),
                        new WebSocketSubscriber(socket, "targets", targetFilter), hold));
            }
            if (wanted.contains("documents")) {
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

    /**
     * The streams named in {@code streams} (comma-separated, repeatable), indicators and targets when it is absent or empty.
     * Names are matched whole: a value that merely contains one ({@code notindicators}) is refused, not guessed.
     */
    static Set<String> streams(List<String> values) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String name : value.split(",", -1)) {
                String stream = name.strip();
                if (stream.isEmpty()) {
                    continue;
                }
                if (!STREAMS.contains(stream)) {
                    throw new ProblemException(ProblemType.INVALID_PARAMETER, "streams: unknown stream '"
                            + (stream.length() > 40 ? stream.substring(0, 40) + "…" : stream) + "'; known: "
                            + String.join(", ", STREAMS));
                }
                wanted.add(stream);
            }
        }
        if (wanted.isEmpty()) {
            wanted.addAll(DEFAULT_STREAMS);
        }
        // subscriptions are made in a fixed order, whatever order the client named them in
        Set<String> ordered = new LinkedHashSet<>(STREAMS);
        ordered.retainAll(wanted);
        return ordered;
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

    /** The upgrade is refused with a problem, as a REST request would be (this route is Vert.x, not REST). */
    private static void problem(RoutingContext context, ProblemException refusal) {
        Problem problem = refusal.toProblem(context.request().path());
        // built by the JSON library (Jackson underneath), never by concatenation: a detail may quote what the client
        // sent, backslashes and control characters included
        String body = JsonObject.mapFrom(problem).encode();
        context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }

    /**
     * One stream of one connection. While held it sends no event, only notes the first one it let pass; release
     * subscribes it again from the resume id, or from just before that first event, so the hub replays what it
     * retains after it in order. Nothing is kept here, and the switch to live happens inside the hub's subscribe
     * (at its {@link StreamControl.Connected} message, under the hub's lock), so no event is sent twice or skipped.
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
        public synchronized void control(StreamControl message) {
            if (message instanceof StreamControl.Connected && state == State.RESUBSCRIBING) {
                state = State.LIVE; // the replay follows; the client was told it is connected already
                return;
            }
            socket.control(message);
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
