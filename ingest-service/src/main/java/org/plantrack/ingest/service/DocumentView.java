package org.plantrack.ingest.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.micrometer.core.instrument.Metrics;
import org.jboss.logging.Logger;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.EventJson;
import org.plantrack.ingest.domain.Document;
import org.plantrack.ingest.domain.DocumentState;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * What clients see of a document (everything but the content bytes). regionCode / regionParentCode are the GB/T 2260
 * codes of the region and its parent, null when the region name is not resolved.
 */
public record DocumentView(
        String id,
        String contentHash,
        String fileName,
        String contentType,
        long sizeBytes,
        DocumentState state,
        String failureReason,
        int analysisRun,
        String title,
        String script,
        String encoding,
        String genre,
        String region,
        String regionLevel,
        String regionCode,
        String regionParentCode,
        String planPeriod,
        String documentDate,
        Counts counts,
        List<DocumentAnalyzedV1.SectionV1> sections,
        List<String> cleaningNotes,
        Hints hints,
        Instant receivedAt,
        Instant analyzedAt) {

    private static final Logger LOG = Logger.getLogger(DocumentView.class);

    public record Counts(Integer characters, Integer paragraphs, Integer sentences, Integer headings,
                         Integer indicators) {
    }

    public record Hints(String title, String region, String sourceUrl, String date) {
    }

    public static DocumentView of(Document d) {
        Counts counts = d.charCount == null ? null
                : new Counts(d.charCount, d.paragraphCount, d.sentenceCount, d.headingCount, d.indicatorCount);
        return new DocumentView(d.id, d.contentHash, d.fileName, d.contentType, d.sizeBytes, d.state,
                d.failureReason, d.analysisRun, d.title, d.script, d.encoding, d.genre, d.region, d.regionLevel,
                d.regionCode, d.regionParentCode, d.planPeriod, d.documentDate, counts,
                readList(d.id, "sections", d.sectionsJson,
                        new TypeReference<List<DocumentAnalyzedV1.SectionV1>>() { }),
                readList(d.id, "cleaning_notes", d.cleaningNotesJson, new TypeReference<List<String>>() { }),
                new Hints(d.hintTitle, d.hintRegion, d.hintSourceUrl, d.hintDate),
                d.receivedAt, d.analyzedAt);
    }

    /**
     * A list stored as JSON. It was written by this service from a parsed event, so a column that does not parse is
     * a bug (or a hand edit), not bad input: the document is still shown, without that list, and the fault is logged
     * with the document and column and counted ({@code plantrack_ingest_stored_json_unreadable_total{column}}), so
     * it does not go unnoticed.
     */
    private static <T> List<T> readList(String documentId, String column, String json, TypeReference<List<T>> type) {
        if (json == null) {
            return List.of();
        }
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (IOException e) {
            LOG.errorf(e, "document %s: stored %s are not readable JSON; shown without them", documentId, column);
            // the global registry: a record has no injection, and Quarkus adds its registry to the global one
            Metrics.counter("plantrack.ingest.stored.json.unreadable", "column", column).increment();
            return List.of();
        }
    }
}
