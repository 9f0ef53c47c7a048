package org.plantrack.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventJson;
import org.plantrack.ingest.service.DocumentService;
import org.plantrack.outbox.OutboxQueries;
import org.plantrack.outbox.OutboxRecord;
import org.plantrack.outbox.OutboxRelay;
import org.plantrack.outbox.OutboxRow;
import org.plantrack.outbox.OutboxStore;
import org.plantrack.outbox.PendingRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ingest-service's outbox table as the shared relay ({@link OutboxRelay}) sees it. A row announces one analysis
 * run of one document; its {@code DocumentIngestedV1} is not stored in the row but built at relay time from the
 * document (the content bytes are stored once, migration V1). A published row is kept, marked {@code sent_at}; a row
 * Kafka refuses for good is marked {@code given_up_at} and its run ends FAILED with the reason.
 * <p>
 * An upload hands the event it announces over ({@link DocumentService.OutboxEnqueued}): building it again from the
 * table meant reading back the content the upload had just written, the largest part of the relay's cost. Those
 * events wait in memory ({@link HandedOverEvents}), keyed by their row; a row without one (written before a restart,
 * by another instance, by a reanalysis, or beyond the bound) is built from the table.
 * <p>
 * Rows with a payload (document state changes and deletions, written by {@code DocumentEventsOutbox}) carry their
 * event as written and are sent as they are, in row order with the rest.
 */
@ApplicationScoped
public class IngestOutbox implements OutboxStore {

    private static final String PENDING = "sent_at is null and given_up_at is null";

    @Inject
    DocumentService documents;

    @Inject
    OutboxRelay relay;

    private final HandedOverEvents handedOver;

    @Inject
    public IngestOutbox(@ConfigProperty(name = "plantrack.ingest.outbox-handoff-max-bytes", defaultValue = "67108864")
                        long handoffMaxBytes) {
        this.handedOver = new HandedOverEvents(handoffMaxBytes);
    }

    /**
     * Takes the event while the upload's transaction is still open, so it is there before any round can see the
     * row. Should the transaction roll back, no row with that id ever exists and the entry ages out.
     */
    void receive(@Observes DocumentService.OutboxEnqueued enqueued) {
        if (enqueued.event() != null) {
            handedOver.put(enqueued.outboxId(), enqueued.event());
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentService.OutboxEnqueued enqueued) {
        relay.wake();
    }

    @Override
    public List<OutboxRow> claim(Connection connection, int limit) throws SQLException {
        record Claimed(long id, String eventId, String topic, String key, String documentId, int run,
                       String traceparent, byte[] payload) {
        }
        List<Claimed> claimed = new ArrayList<>(limit);
        try (PreparedStatement select = connection.prepareStatement("select id, event_id, topic, message_key, "
                + "document_id, analysis_run, traceparent, payload from outbox where " + PENDING
                + " order by id limit ? for update skip locked")) {
            select.setInt(1, limit);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    claimed.add(new Claimed(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getInt(6), r.getString(7), r.getBytes(8)));
                }
            }
        }
        Map<Long, DocumentIngestedV1> events = new HashMap<>();
        Set<String> toRead = new HashSet<>();
        for (Claimed row : claimed) {
            if (row.payload() != null) {
                continue; // complete as written
            }
            DocumentIngestedV1 event = handedOver.get(row.id());
            if (event != null) {
                events.put(row.id(), event);
            } else {
                toRead.add(row.documentId());
            }
        }
        Map<String, DocumentIngestedV1> announced = toRead.isEmpty() ? Map.of() : documentsOf(connection, toRead);
        List<OutboxRow> rows = new ArrayList<>(claimed.size());
        for (Claimed row : claimed) {
            if (row.payload() != null) {
                // a document state change or deletion: written complete (DocumentEventsOutbox), sent as it is
                rows.add(new OutboxRow(row.id(), row.documentId(), row.traceparent(), Set.of(row.key()),
                        List.of(new OutboxRecord(row.topic(), row.key(), row.payload()))));
                continue;
            }
            DocumentIngestedV1 event = events.get(row.id());
            if (event == null) {
                DocumentIngestedV1 document = announced.get(row.documentId());
                event = document == null ? null : new DocumentIngestedV1(row.eventId(),
                        DocumentIngestedV1.SCHEMA_VERSION, document.documentId(), document.contentHash(),
                        document.fileName(), document.contentType(), document.sizeBytes(), document.content(),
                        document.hints(), row.run(), document.receivedAt());
            }
            // a deleted document has nothing left to announce: its row goes out empty (it is only marked)
            List<OutboxRecord> records = event == null ? List.of()
                    : List.of(new OutboxRecord(row.topic(), row.key(), EventJson.toBytes(event)));
            rows.add(new OutboxRow(row.id(), row.documentId(), row.traceparent(), Set.of(row.key()), records));
        }
        return rows;
    }

    @Override
    public Set<String> keysOfOtherPendingRows(Connection connection, long belowId, Collection<Long> claimed)
            throws SQLException {
        return OutboxQueries.keysOfOtherPendingRows(connection, "select distinct message_key from outbox "
                + "where id < ? and id <> all(?) and " + PENDING, belowId, claimed);
    }

    /** One UPDATE for every acknowledged row of the round (under load this ran once per upload). */
    @Override
    public void markPublished(Connection connection, List<OutboxRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update outbox set sent_at = ?, "
                + "attempts = attempts + 1, last_error = null where id = any(?)")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            update.setArray(2, connection.createArrayOf("bigint", rows.stream().map(OutboxRow::id).toArray()));
            update.executeUpdate();
        }
        rows.forEach(row -> handedOver.remove(row.id()));
    }

    /**
     * Retrying cannot help (the event is larger than Kafka accepts, say): an analysis run must still end, FAILED. A
     * state change or deletion row given up only stays marked (logged and counted by the relay): the document's own
     * state is already stored.
     */
    @Override
    public void giveUp(Connection connection, OutboxRow row, String reason) throws SQLException {
        int run;
        boolean announcesAnalysis;
        try (PreparedStatement update = connection.prepareStatement("update outbox set attempts = attempts + 1, "
                + "last_error = ?, given_up_at = ? where id = ? returning analysis_run, payload is null")) {
            update.setString(1, reason);
            update.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            update.setLong(3, row.id());
            try (ResultSet r = update.executeQuery()) {
                r.next();
                run = r.getInt(1);
                announcesAnalysis = r.getBoolean(2);
            }
        }
        handedOver.remove(row.id());
        if (announcesAnalysis) {
            documents.failUnpublishable(row.subject(), run, "the document could not be handed to analysis: "
                    + reason);
        }
    }

    @Override
    public void recordFailure(Connection connection, OutboxRow row, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update outbox set attempts = attempts + 1, "
                + "last_error = ? where id = ?")) {
            update.setString(1, reason);
            update.setLong(2, row.id());
            update.executeUpdate();
        }
    }

    @Override
    public PendingRows pending(Connection connection) throws SQLException {
        return OutboxQueries.pending(connection, "select count(*), min(created_at) from outbox where " + PENDING);
    }

    /**
     * What the rows' events announce, read with one query for the batch: the columns of the event only. An event id
     * is generated per row, so the map holds the event without it. Deleted documents are left out.
     */
    private static Map<String, DocumentIngestedV1> documentsOf(Connection connection, Set<String> ids)
            throws SQLException {
        Map<String, DocumentIngestedV1> byId = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, content_hash, file_name, "
                + "content_type, size_bytes, content, hint_title, hint_region, hint_source_url, hint_date, "
                + "received_at from documents where id = any(?) and deleted_at is null")) {
            select.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    Instant receivedAt = r.getObject(11, OffsetDateTime.class).toInstant();
                    byId.put(id, new DocumentIngestedV1(null, DocumentIngestedV1.SCHEMA_VERSION, id, r.getString(2),
                            r.getString(3), r.getString(4), r.getLong(5), r.getBytes(6),
                            new DocumentHintsV1(r.getString(7), r.getString(8), r.getString(9), r.getString(10)),
                            0, receivedAt));
                }
            }
        }
        return byId;
    }
}
