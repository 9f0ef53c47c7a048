package org.plantrack.events;

import java.time.Instant;

/**
 * A document was deleted: everything derived from it is withdrawn. Written by ingest-service in the transaction that
 * marks the document deleted (outbox), keyed by document id; target-service retracts the document's indicators.
 *
 * @param analysisRun the document's run number after the deletion, higher than every run analysed before it: a late
 *                    indicator set of an earlier run is older than the retraction and ignored, while uploading the
 *                    same bytes again starts the next run, which is newer and applies
 */
public record DocumentDeletedV1(
        String eventId,
        int schemaVersion,
        String documentId,
        int analysisRun,
        Instant deletedAt) {

    public static final int SCHEMA_VERSION = 1;
}
