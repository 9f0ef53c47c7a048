package org.plantrack.events;

import java.time.Instant;

/**
 * A document moved to another state, for live views (the gateway's document stream). Written by ingest-service in
 * the transaction of the change (outbox), keyed by document id, so one document's changes stay in order.
 * <p>
 * Each event carries what its change sets, so a list of documents can be kept current from the events alone:
 * {@code fileName} and {@code receivedAt} with RECEIVED (a new run or a new document), the classification with
 * ANALYZED, {@code failureReason} with FAILED; fields a change does not set are null.
 *
 * @param analysisRun the run the state belongs to; a view ignores an event of a run older than the one it shows
 */
public record DocumentStateChangedV1(
        String eventId,
        int schemaVersion,
        String documentId,
        int analysisRun,
        State state,
        String fileName,
        Instant receivedAt,
        String title,
        String region,
        String genre,
        String planPeriod,
        Integer indicatorCount,
        String failureReason,
        Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;

    public enum State { RECEIVED, ANALYZED, FAILED, DELETED }

    /** A run started: a new document, a re-upload after deletion, a reanalysis or a retry. */
    public static DocumentStateChangedV1 received(String documentId, int analysisRun, String fileName,
                                                  Instant receivedAt, String title, Instant occurredAt) {
        return new DocumentStateChangedV1(EventIds.newId(), SCHEMA_VERSION, documentId, analysisRun, State.RECEIVED,
                fileName, receivedAt, title, null, null, null, null, null, occurredAt);
    }

    public static DocumentStateChangedV1 analyzed(String documentId, int analysisRun, String title, String region,
                                                  String genre, String planPeriod, Integer indicatorCount,
                                                  Instant occurredAt) {
        return new DocumentStateChangedV1(EventIds.newId(), SCHEMA_VERSION, documentId, analysisRun, State.ANALYZED,
                null, null, title, region, genre, planPeriod, indicatorCount, null, occurredAt);
    }

    public static DocumentStateChangedV1 failed(String documentId, int analysisRun, String failureReason,
                                                Instant occurredAt) {
        return new DocumentStateChangedV1(EventIds.newId(), SCHEMA_VERSION, documentId, analysisRun, State.FAILED,
                null, null, null, null, null, null, null, failureReason, occurredAt);
    }

    public static DocumentStateChangedV1 deleted(String documentId, int analysisRun, Instant occurredAt) {
        return new DocumentStateChangedV1(EventIds.newId(), SCHEMA_VERSION, documentId, analysisRun, State.DELETED,
                null, null, null, null, null, null, null, null, occurredAt);
    }
}
