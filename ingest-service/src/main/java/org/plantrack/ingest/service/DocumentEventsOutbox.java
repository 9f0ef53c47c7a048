package org.plantrack.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.plantrack.events.DocumentDeletedV1;
import org.plantrack.events.DocumentStateChangedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.ingest.domain.OutboxEvent;
import org.plantrack.observability.TraceContext;

import java.time.Instant;

/**
 * Writes the outbox rows of the events that are complete when written ({@link DocumentStateChangedV1},
 * {@link DocumentDeletedV1}): topic, key (the document id) and the serialised event, in the caller's transaction.
 * The relay publishes them in row order like every other row, so a document's events keep their order.
 */
@ApplicationScoped
public class DocumentEventsOutbox {

    /**
     * The columns of a row with a payload; a statement that changes a document and announces it in one round trip
     * selects these values (event id, topic, run, created at, traceparent, payload) from its changed rows.
     */
    static final String INSERT_COLUMNS = "insert into outbox (event_id, topic, message_key, document_id, "
            + "analysis_run, created_at, attempts, traceparent, payload)";

    @Inject
    Event<DocumentService.OutboxEnqueued> outboxEnqueued;

    public void stateChanged(DocumentStateChangedV1 event) {
        write(Topics.DOCUMENTS_STATES, event.documentId(), event.analysisRun(), event.eventId(),
                event.occurredAt(), EventJson.toBytes(event));
    }

    public void deleted(DocumentDeletedV1 event) {
        write(Topics.DOCUMENTS_DELETED, event.documentId(), event.analysisRun(), event.eventId(), event.deletedAt(),
                EventJson.toBytes(event));
    }

    /** Wakes the relay once the caller's transaction commits, for rows written with plain SQL. */
    public void written() {
        outboxEnqueued.fire(new DocumentService.OutboxEnqueued(0, null));
    }

    private void write(String topic, String documentId, int run, String eventId, Instant at, byte[] payload) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = eventId;
        row.topic = topic;
        row.messageKey = documentId;
        row.documentId = documentId;
        row.analysisRun = run;
        row.createdAt = at;
        row.traceparent = TraceContext.current();
        row.payload = payload;
        row.persist();
        written();
    }
}
