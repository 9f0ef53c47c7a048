package org.plantrack.gateway.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.TargetUpdatedV1;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The two live streams of this gateway instance and what each lets subscribers filter on. */
@ApplicationScoped
public class LiveStreams {

    public static final Set<String> INDICATOR_FILTERS = Set.of("documentId", "region", "metric", "kind", "domain",
            "type", "targetKey");
    public static final Set<String> TARGET_FILTERS = Set.of("region", "metric", "period", "targetKey");

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "plantrack.sse.retained-events", defaultValue = "1000")
    int retained;

    @ConfigProperty(name = "plantrack.sse.max-pending-per-subscriber", defaultValue = "256")
    int maxPending;

    private StreamHub indicators;
    private StreamHub targets;

    @PostConstruct
    void init() {
        // one id sequence for both: a WebSocket client of both streams resumes from the one id it last saw
        StreamHub.Sequence ids = new StreamHub.Sequence();
        indicators = new StreamHub("indicators", retained, maxPending, metrics, ids);
        targets = new StreamHub("targets", retained, maxPending, metrics, ids);
    }

    public StreamHub indicators() {
        return indicators;
    }

    public StreamHub targets() {
        return targets;
    }

    public void publish(IndicatorEventV1 event, String json) {
        indicators.publish("indicator", json, attributes(event));
    }

    public void publish(TargetUpdatedV1 event, String json) {
        targets.publish("target", json, attributes(event));
    }

    /** What the filters of indicator subscribers and webhooks look at. */
    public static Map<String, List<String>> attributes(IndicatorEventV1 event) {
        Map<String, List<String>> attributes = new HashMap<>();
        put(attributes, "type", event.type() == null ? null : event.type().name());
        put(attributes, "targetKey", event.targetKey());
        put(attributes, "metric", event.canonicalMetric());
        IndicatorV1 i = event.indicator();
        if (i != null) {
            put(attributes, "documentId", i.documentId());
            put(attributes, "region", i.region());
            put(attributes, "metric", i.metric());
            put(attributes, "kind", i.kind());
            put(attributes, "domain", i.domain());
        }
        return attributes;
    }

    /** What the filters of target subscribers and webhooks look at. */
    public static Map<String, List<String>> attributes(TargetUpdatedV1 event) {
        Map<String, List<String>> attributes = new HashMap<>();
        put(attributes, "region", event.region());
        put(attributes, "metric", event.metric());
        put(attributes, "period", event.period());
        put(attributes, "targetKey", event.targetKey());
        return attributes;
    }

    @Scheduled(every = "${plantrack.sse.heartbeat-interval:15s}", delayed = "1s")
    void heartbeat() {
        indicators.heartbeat();
        targets.heartbeat();
    }

    private static void put(Map<String, List<String>> attributes, String key, String value) {
        if (value != null) {
            attributes.computeIfAbsent(key, k -> new ArrayList<>(2)).add(value);
        }
    }
}
