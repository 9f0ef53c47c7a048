package org.plantrack.gateway.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Set;

/** The live streams of this gateway instance and what each lets subscribers filter on. */
@ApplicationScoped
public class LiveStreams {

    /**
     * region: a GB/T 2260 code or a name, taking the divisions inside it too ({@link EventRegions}); regionCode: exactly
     * the code of the event's region (events that carry one); indicator: a catalogue indicator by id or canonical name
     * ({@link EventIndicators}); metric: the metric's name as is.
     */
    public static final Set<String> INDICATOR_FILTERS = Set.of("documentId", "region", "regionCode", "metric",
            "indicator", "kind", "domain", "type", "targetKey");
    /** status: the target's status after the update; statusChanged=true: only updates that changed it. */
    public static final Set<String> TARGET_FILTERS = Set.of("region", "regionCode", "metric", "indicator", "period",
            "targetKey",
            "status", "statusChanged");
    public static final Set<String> DOCUMENT_FILTERS = Set.of("documentId", "state");

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "plantrack.sse.retained-events", defaultValue = "1000")
    int retained;

    @ConfigProperty(name = "plantrack.sse.max-pending-per-subscriber", defaultValue = "256")
    int maxPending;

    private StreamHub indicators;
    private StreamHub targets;
    private StreamHub documents;

    @PostConstruct
    void init() {
        // one id sequence for both: a WebSocket client of both streams resumes from the one id it last saw
        StreamHub.Sequence ids = new StreamHub.Sequence();
        indicators = new StreamHub("indicators", retained, maxPending, metrics, ids);
        targets = new StreamHub("targets", retained, maxPending, metrics, ids);
        documents = new StreamHub("documents", retained, maxPending, metrics, ids);
    }

    public StreamHub indicators() {
        return indicators;
    }

    public StreamHub targets() {
        return targets;
    }

    /** Document state changes ({@code DocumentStateChangedV1}), in the order ingest-service made them. */
    public StreamHub documents() {
        return documents;
    }

    /** Document state changes of one poll, each with its documentId and state for filters. */
    public void publishDocuments(List<StreamHub.Incoming> events) {
        documents.publishAll("document", events);
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
        documents.heartbeat();
    }
}
