package org.plantrack.events;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of analysing one document: either {@link Outcome#ANALYZED} with its classification and counts, or
 * {@link Outcome#FAILED} with a reason a user can read. Every ingested document gets exactly one such event per run.
 *
 * @param cleanedText the cleaned text (null when FAILED); the offsets of {@code sections} and of every indicator's
 *                    sentence refer to it, so a reader can highlight them without re-running the analysis. Added
 *                    without a version bump: an optional field readers of version 1 may ignore.
 */
public record DocumentAnalyzedV1(
        String eventId,
        int schemaVersion,
        String documentId,
        int analysisRun,
        Outcome outcome,
        String failureReason,
        String title,
        String script,
        String encoding,
        String genre,
        String region,
        String regionLevel,
        String planPeriod,
        String documentDate,
        Counts counts,
        List<SectionV1> sections,
        List<String> cleaningNotes,
        Instant analyzedAt,
        String cleanedText) {

    public static final int SCHEMA_VERSION = 1;

    public enum Outcome { ANALYZED, FAILED }

    /** Sizes of the cleaned document. */
    public record Counts(int characters, int paragraphs, int sentences, int headings, int indicators) {
    }

    /** One heading of the document outline with the policy domain of its section. */
    public record SectionV1(String heading, int level, int start, int end, String domain, double confidence) {
    }

    public static DocumentAnalyzedV1 failed(String documentId, int analysisRun, String reason) {
        return new DocumentAnalyzedV1(EventIds.newId(), SCHEMA_VERSION, documentId, analysisRun, Outcome.FAILED,
                reason, null, null, null, null, null, null, null, null, null, List.of(), List.of(), Instant.now(), null);
    }
}
