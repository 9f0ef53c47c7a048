package org.plantrack.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An uploaded document and what the analysis found out about it. The id is derived from the content hash. */
@Entity
@Table(name = "documents")
public class Document extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "content_hash", nullable = false, updatable = false)
    public String contentHash;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Lazy so listing documents never loads megabytes of content. Emptied when the document is deleted. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    public byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentState state;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "analysis_run", nullable = false)
    public int analysisRun;

    public String title;
    public String script;
    public String encoding;
    public String genre;
    public String region;

    @Column(name = "region_level")
    public String regionLevel;

    /** GB/T 2260 code of {@link #region}, null when unresolved. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "region_parent_code")
    public String regionParentCode;

    @Column(name = "plan_period")
    public String planPeriod;

    @Column(name = "document_date")
    public String documentDate;

    @Column(name = "char_count")
    public Integer charCount;

    @Column(name = "paragraph_count")
    public Integer paragraphCount;

    @Column(name = "sentence_count")
    public Integer sentenceCount;

    @Column(name = "heading_count")
    public Integer headingCount;

    @Column(name = "indicator_count")
    public Integer indicatorCount;

    /** The outline (headings with their policy domain) as JSON, as the analyser reported it. */
    @Column(name = "sections_json")
    public String sectionsJson;

    @Column(name = "cleaning_notes_json")
    public String cleaningNotesJson;

    /** The cleaned text the analysis offsets refer to; lazy like the content, since lists never need it. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "cleaned_text")
    public String cleanedText;

    @Column(name = "hint_title")
    public String hintTitle;

    @Column(name = "hint_region")
    public String hintRegion;

    @Column(name = "hint_source_url")
    public String hintSourceUrl;

    @Column(name = "hint_date")
    public String hintDate;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "analyzed_at")
    public Instant analyzedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Set while the document is deleted (a tombstone; see V3__document_deletion.sql). */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public static Document findByHash(String contentHash) {
        return find("contentHash", contentHash).firstResult();
    }
}
