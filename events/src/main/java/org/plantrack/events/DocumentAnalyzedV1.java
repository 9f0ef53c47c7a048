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
 * @param regionCode  GB/T 2260 code of {@code region} (000000 for 全国), null when the region registry does not
 *                    resolve the name (unknown, or namesakes the text does not decide). Optional, like cleanedText.
 * @param regionParentCode GB/T 2260 code of the region's parent (the province of a city, the city of a county), or
 *                    null. Optional.
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
        String cleanedText,
        String regionCode,
        String regionParentCode) {

    public static final int SCHEMA_VERSION = 1;

    /** Without region codes (the shape before they were added); events read without them carry nulls. */
    public DocumentAnalyzedV1(String eventId, int schemaVersion, String documentId, int analysisRun, Outcome outcome,
            String failureReason, String title, String script, String encoding, String genre, String region,
            String regionLevel, String planPeriod, String documentDate, Counts counts, List<SectionV1> sections,
            List<String> cleaningNotes, Instant analyzedAt, String cleanedText) {
        this(eventId, schemaVersion, documentId, analysisRun, outcome, failureReason, title, script, encoding, genre,
                region, regionLevel, planPeriod, documentDate, counts, sections, cleaningNotes, analyzedAt, cleanedText,
                null, null);
    }

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
