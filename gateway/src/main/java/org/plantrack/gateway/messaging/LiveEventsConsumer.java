package org.plantrack.gateway.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.MalformedEventException;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.gateway.stream.LiveStreams;

import java.nio.charset.StandardCharsets;

/**
 * Feeds the live streams from Kafka. Each gateway instance consumes in a group of its own (gateway-&lt;uuid&gt;)
 * from the latest offset, so every instance sees every event and a new instance does not replay history.
 * Handing an event to the hub never blocks (writes to clients are asynchronous and bounded). Events reach
 * subscribers with the trace id of their record added as {@code traceId} (see {@link TraceIds}).
 */
@ApplicationScoped
public class LiveEventsConsumer {

    @Inject
    LiveStreams streams;

    @Inject
    MeterRegistry metrics;

    @Incoming("indicator-events")
    public void onIndicatorEvent(ConsumerRecord<String, String> record) {
        IndicatorEventV1 event = parse(record, IndicatorEventV1.class);
        String documentId = event.indicator() == null ? null : event.indicator().documentId();
        if (documentId != null) {
            MDC.put("documentId", documentId);
        }
        try {
            streams.publish(event, TraceIds.addTo(record.value(), TraceIds.of(record.headers())));
        } finally {
            MDC.remove("documentId");
        }
    }

    @Incoming("target-events")
    public void onTargetEvent(ConsumerRecord<String, String> record) {
        TargetUpdatedV1 event = parse(record, TargetUpdatedV1.class);
        streams.publish(event, TraceIds.addTo(record.value(), TraceIds.of(record.headers())));
    }

    /** Unreadable records throw, which sends them to the gateway's dead-letter topic. */
    private <T> T parse(ConsumerRecord<String, String> record, Class<T> type) {
        try {
            if (record.value() == null) {
                throw new MalformedEventException("empty " + type.getSimpleName() + " record", null);
            }
            return EventJson.fromBytes(record.value().getBytes(StandardCharsets.UTF_8), type);
        } catch (MalformedEventException e) {
            metrics.counter("plantrack.dead.letters", "topic", record.topic()).increment();
            throw e;
        }
    }
}
