package org.plantrack.gateway.rest;

import io.vertx.core.MultiMap;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plantrack.gateway.stream.EventFilter;
import org.plantrack.gateway.stream.LiveStreams;
import org.plantrack.gateway.stream.Subscriber;
import org.plantrack.gateway.stream.WebSocketSubscriber;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code /api/ws}: indicator and target events over one WebSocket (plain Vert.x: no extra extension). Query
 * parameters: {@code streams} (indicators,targets; default both), the same filters as the SSE streams, and
 * {@code lastEventId} (or a Last-Event-ID header): the retained events after that id are sent first, then live ones.
 * Both streams share one id sequence, so the id of the last message a client got, whichever stream, is enough.
 */
@ApplicationScoped
public class LiveSocket {

    @Inject
    LiveStreams streams;

    @ConfigProperty(name = "plantrack.api-key")
    Optional<String> apiKey;

    @ConfigProperty(name = "plantrack.protect-reads", defaultValue = "false")
    boolean protectReads;

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
        Long lastEventId;
        try {
            indicatorFilter = EventFilter.parse(query, LiveStreams.INDICATOR_FILTERS);
            targetFilter = EventFilter.parse(query, LiveStreams.TARGET_FILTERS);
            lastEventId = LastEventId.parse(context.request().getHeader("Last-Event-ID"),
                    query.getOrDefault("lastEventId", List.of()).stream().findFirst().orElse(null));
        } catch (ProblemException e) {
            problem(context, e.status(), e.type(), e.title(), e.getMessage());
            return;
        }
        context.request().toWebSocket().onSuccess(socket -> {
            AtomicInteger pending = new AtomicInteger();
            List<Subscriber> subscriptions = new ArrayList<>(2);
            if (wanted.stream().anyMatch(v -> v.contains("indicators"))) {
                var subscriber = new WebSocketSubscriber(socket, "indicators", indicatorFilter, pending);
                subscriptions.add(subscriber);
                streams.indicators().subscribe(subscriber, lastEventId);
            }
            if (wanted.stream().anyMatch(v -> v.contains("targets"))) {
                var subscriber = new WebSocketSubscriber(socket, "targets", targetFilter, pending);
                subscriptions.add(subscriber);
                streams.targets().subscribe(subscriber, lastEventId);
            }
            socket.closeHandler(closed -> subscriptions.forEach(s -> {
                streams.indicators().unsubscribe(s);
                streams.targets().unsubscribe(s);
            }));
            // the socket only sends; anything a client writes is ignored
            socket.handler(ignored -> { });
        }).onFailure(context::fail);
    }

    private static void problem(RoutingContext context, int status, String type, String title, String detail) {
        String body = "{\"type\":\"https://plantrack.org/problems/" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\""
                + context.request().path() + "\"}";
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }

    private static Map<String, List<String>> toMap(MultiMap params) {
        Map<String, List<String>> map = new HashMap<>();
        for (String name : params.names()) {
            map.put(name, params.getAll(name));
        }
        return map;
    }
}
