package org.plantrack.gateway.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Set;

/** The two live streams of this gateway instance and what each lets subscribers filter on. */
@ApplicationScoped
public class LiveStreams {

    public static final Set<String> INDICATOR_FILTERS = Set.of("documentId", "region", "metric", "kind", "domain",
            "type", "targetKey");
    /** status: the target's status after the update; statusChanged=true: only updates that changed it. */
    public static final Set<String> TARGET_FILTERS = Set.of("region", "metric", "period", "targetKey", "status",
            "statusChanged");

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

    /** Indicator events of one poll, each with what indicator filters look at ({@code EventAttributes}). */
    public void publishIndicators(List<StreamHub.Incoming> events) {
        indicators.publishAll("indicator", events);
    }

    /** Target events of one poll, each with what target filters look at ({@code EventAttributes}). */
    public void publishTargets(List<StreamHub.Incoming> events) {
        targets.publishAll("target", events);
    }

    @Scheduled(every = "${plantrack.sse.heartbeat-interval:15s}", delayed = "1s")
    void heartbeat() {
        indicators.heartbeat();
        targets.heartbeat();
    }
}
