package org.plantrack.events;

import java.time.Instant;

/**
 * A document was accepted and stored; nlp-service analyses it. The raw bytes travel with the event so the
 * analyser needs nothing but Kafka (topics are created with a message size limit that fits uploads).
 *
 * @param contentHash  SHA-256 of the bytes, hex; also the basis of the document id
 * @param content      the uploaded bytes exactly as received (any encoding; the NLP core detects it)
 * @param hints        metadata the uploader gave, overriding detection; never null
 * @param analysisRun  increases by one on every (re)analysis request so late results of an old run are ignored
 */
public record DocumentIngestedV1(
        String eventId,
        int schemaVersion,
        String documentId,
        String contentHash,
        String fileName,
        String contentType,
        long sizeBytes,
        byte[] content,
        DocumentHintsV1 hints,
        int analysisRun,
        Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;
}
