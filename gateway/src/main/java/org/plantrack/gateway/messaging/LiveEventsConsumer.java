package org.plantrack.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plantrack.gateway.stream.LiveStreams;
import org.plantrack.gateway.stream.StreamHub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Feeds the live streams from Kafka. Each gateway instance consumes in a group of its own (gateway-&lt;uuid&gt;)
 * from the latest offset, so every instance sees every event and a new instance does not replay history.
 * <p>
 * The channels are consumed in batches (one call per poll): the events of a poll are published to the hub
 * together, so each subscriber gets them in one write instead of one write and flush per event (a document with
 * indicators makes ~130 events). Handing them to the hub never blocks (writes to clients are asynchronous and
 * bounded). Events reach subscribers with the trace id of their record added as {@code traceId} (see
 * {@link TraceIds}). Only the filter attributes are read from the event ({@link EventAttributes}); its text is
 * passed on as published. An unreadable record is set aside on the dead-letter topic ({@link LiveDeadLetters})
 * without holding back the rest of its poll.
 */
@ApplicationScoped
public class LiveEventsConsumer {

    @Inject
    LiveStreams streams;

    @Inject
    LiveDeadLetters deadLetters;

    @Incoming("indicator-events")
    public void onIndicatorEvents(ConsumerRecords<String, String> records) {
        streams.publishIndicators(readable(records, EventAttributes::ofIndicatorEvent));
    }

    @Incoming("target-events")
    public void onTargetEvents(ConsumerRecords<String, String> records) {
        streams.publishTargets(readable(records, EventAttributes::ofTargetEvent));
    }

    @Incoming("document-states")
    public void onDocumentStates(ConsumerRecords<String, String> records) {
        streams.publishDocuments(readable(records, DocumentStateAttributes::of));
    }

    /** The records of a poll as hub events, in order; the unreadable ones go to the dead-letter topic instead. */
    private List<StreamHub.Incoming> readable(ConsumerRecords<String, String> records,
                                              Function<String, Map<String, List<String>>> reader) {
        List<StreamHub.Incoming> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            Map<String, List<String>> attributes;
            try {
                if (record.value() == null) {
                    throw new IllegalArgumentException("record without a value");
                }
                attributes = reader.apply(record.value());
            } catch (RuntimeException e) {
                // MalformedEventException for text that is not an event; anything else must not lose the poll
                deadLetters.record(record, e);
                continue;
            }
            events.add(new StreamHub.Incoming(TraceIds.addTo(record.value(), TraceIds.of(record.headers())),
                    attributes));
        }
        return events;
    }
}
