package org.plantrack.gateway.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;
import org.plantrack.events.MalformedEventException;
import org.plantrack.gateway.stream.LiveStreams;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Feeds the live streams from Kafka. Each gateway instance consumes in a group of its own (gateway-&lt;uuid&gt;)
 * from the latest offset, so every instance sees every event and a new instance does not replay history.
 * Handing an event to the hub never blocks (writes to clients are asynchronous and bounded). Events reach
 * subscribers with the trace id of their record added as {@code traceId} (see {@link TraceIds}). Only the filter
 * attributes are read from the event ({@link EventAttributes}); its text is passed on as published.
 */
@ApplicationScoped
public class LiveEventsConsumer {

    @Inject
    LiveStreams streams;

    @Inject
    MeterRegistry metrics;

    @Incoming("indicator-events")
    public void onIndicatorEvent(ConsumerRecord<String, String> record) {
        Map<String, List<String>> attributes = attributes(record, EventAttributes::ofIndicatorEvent);
        List<String> documentId = attributes.get("documentId");
        if (documentId != null) {
            MDC.put("documentId", documentId.get(0));
        }
        try {
            streams.publishIndicator(TraceIds.addTo(record.value(), TraceIds.of(record.headers())), attributes);
        } finally {
            MDC.remove("documentId");
        }
    }

    @Incoming("target-events")
    public void onTargetEvent(ConsumerRecord<String, String> record) {
        Map<String, List<String>> attributes = attributes(record, EventAttributes::ofTargetEvent);
        streams.publishTarget(TraceIds.addTo(record.value(), TraceIds.of(record.headers())), attributes);
    }

    /** Unreadable records throw, which sends them to the gateway's dead-letter topic. */
    private Map<String, List<String>> attributes(ConsumerRecord<String, String> record,
                                                 Function<String, Map<String, List<String>>> reader) {
        try {
            return reader.apply(record.value());
        } catch (MalformedEventException e) {
            metrics.counter("plantrack.dead.letters", "topic", record.topic()).increment();
            throw e;
        }
    }
}
