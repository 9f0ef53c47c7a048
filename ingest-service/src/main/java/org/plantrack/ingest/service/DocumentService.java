package org.plantrack.ingest.service;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.DocumentDeletedV1;
import org.plantrack.events.DocumentStateChangedV1;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.ingest.domain.Document;
import org.plantrack.ingest.domain.DocumentState;
import org.plantrack.ingest.domain.OutboxEvent;
import org.plantrack.observability.TraceContext;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Document use cases. Every state change and the event announcing it commit together (transactional outbox). */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);
    private static final int MAX_REASON = 2000;
    /**
     * The idempotency condition of {@link #applyAnalysis}: only the current run's first outcome applies. Its two
     * parameters (id, run) are the last of each statement below.
     */
    private static final String CURRENT_RUN_RECEIVED =
            " where id = ? and analysis_run = ? and state = 'RECEIVED' and deleted_at is null";
    /** reason, analyzed at, now */
    private static final String APPLY_FAILURE = "update documents set state = 'FAILED', failure_reason = ?, "
            + "analyzed_at = ?, updated_at = ?" + CURRENT_RUN_RECEIVED;
    /**
     * analyzed at, now, title, script, encoding, genre, region, region level, plan period, document date, sections,
     * notes, text, region code, region parent code; without counts in the event the stored ones are left as they are.
     */
    private static final String APPLY_ANALYSIS = "update documents set state = 'ANALYZED', failure_reason = null, "
            + "analyzed_at = ?, updated_at = ?, title = ?, script = ?, encoding = ?, genre = ?, region = ?, "
            + "region_level = ?, plan_period = ?, document_date = ?, sections_json = ?, cleaning_notes_json = ?, "
            + "cleaned_text = ?, region_code = ?, region_parent_code = ?";
    /** as {@link #APPLY_ANALYSIS}, then characters, paragraphs, sentences, headings, indicators */
    private static final String APPLY_ANALYSIS_WITH_COUNTS = APPLY_ANALYSIS + ", char_count = ?, "
            + "paragraph_count = ?, sentence_count = ?, heading_count = ?, indicator_count = ?" + CURRENT_RUN_RECEIVED;

    @Inject
    Event<OutboxEnqueued> outboxEnqueued;

    @Inject
    MeterRegistry metrics;

    @Inject
    DocumentEventsOutbox events;

    // looked up once: the registry lookup by name and tags per analysed document is measurable under load
    private Counter analyzedResults;
    private Counter failedResults;

    @PostConstruct
    void registerCounters() {
        analyzedResults = metrics.counter("plantrack.documents.analysis.results", "outcome", "ANALYZED");
        failedResults = metrics.counter("plantrack.documents.analysis.results", "outcome", "FAILED");
    }

    public record UploadResult(DocumentView document, boolean created) {
    }

    /**
     * Fired when an outbox row is written; the relay is woken after the commit, so it publishes without waiting
     * for its poll. An upload hands over the event it announces ({@code event}, else null), built from the request
     * the transaction stores: the relay publishes it without reading the document (its content above all) back.
     * The row stays the truth: an event the relay never got (a restart, another instance) is built from the table.
     */
    public record OutboxEnqueued(long outboxId, DocumentIngestedV1 event) {
    }

    /**
     * Stores new bytes (202) or returns the document that already has them (200). Two concurrent uploads of the same
     * bytes meet at the unique content hash: the second insert waits for the first transaction and then inserts
     * nothing, so it answers with the winner's row; should a unique violation still surface (say two revivals of a
     * deleted document), the loser's transaction rolls back and it answers the same way.
     */
    public UploadResult upload(UploadRequest request) {
        String hash = ContentHash.sha256Hex(request.content());
        try {
            UploadResult result = QuarkusTransaction.requiringNew().call(() -> storeIfNew(hash, request));
            metrics.counter("plantrack.documents.uploads", "result", result.created() ? "created" : "duplicate")
                    .increment();
            return result;
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            LOG.debugf("concurrent upload of %s lost the race; answering with the stored document", hash);
            metrics.counter("plantrack.documents.uploads", "result", "duplicate").increment();
            return QuarkusTransaction.requiringNew().call(() -> {
                Document existing = Document.findByHash(hash);
                if (existing == null) {
                    throw e;
                }
                return new UploadResult(DocumentView.of(existing), false);
            });
        }
    }

    /**
     * A new document and the outbox rows announcing it (its {@code DocumentIngestedV1}, built by the relay from the
     * document, and its RECEIVED state change with its payload), in one statement: the insert decides on its own
     * whether the bytes are new (the unique content hash), so the common case of new bytes costs no lookup before it
     * and no second round trip for the outbox rows. Returns the outbox rows' ids and topics, none when the bytes
     * were known.
     */
    private static final String INSERT_NEW_DOCUMENT = "with inserted as ("
            + "insert into documents (id, content_hash, file_name, content_type, size_bytes, content, state, "
            + "analysis_run, hint_title, hint_region, hint_source_url, hint_date, received_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, 'RECEIVED', 1, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id) "
            + DocumentEventsOutbox.INSERT_COLUMNS + " select ?, ?, id, id, 1, ?, 0, ?, null::bytea from inserted "
            + "union all select ?, ?, id, id, 1, ?, 0, ?, ? from inserted returning id, topic";

    private UploadResult storeIfNew(String hash, UploadRequest request) {
        // the database keeps microseconds: the event handed to the relay must say what the row says
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Document d = new Document();
        d.id = ContentHash.documentId(hash);
        d.contentHash = hash;
        d.contentType = request.contentType();
        d.fileName = FileNames.sanitize(request.fileName(), d.id, request.contentType());
        d.sizeBytes = request.content().length;
        d.state = DocumentState.RECEIVED;
        d.analysisRun = 1;
        DocumentHintsV1 hints = request.hints() == null ? DocumentHintsV1.none() : request.hints();
        d.hintTitle = hints.title();
        d.hintRegion = hints.region();
        d.hintSourceUrl = hints.sourceUrl();
        d.hintDate = hints.date();
        d.receivedAt = now;
        d.updatedAt = now;
        String eventId = EventIds.newId();
        DocumentStateChangedV1 received = DocumentStateChangedV1.received(d.id, 1, d.fileName, now, null, now);
        Long outboxId = insertIfNew(d, request.content(), eventId, received, TraceContext.current());
        if (outboxId == null) {
            // known bytes (rare): answer with the stored document, or bring a deleted one back
            Document existing = Document.findByHash(hash);
            if (existing != null && existing.isDeleted()) {
                return new UploadResult(DocumentView.of(revive(existing, request)), true);
            }
            if (existing != null) {
                return new UploadResult(DocumentView.of(existing), false);
            }
            // cannot happen: a document row is never removed, deletion leaves a tombstone
            throw new IllegalStateException("document " + d.id + " neither inserted nor found");
        }
        outboxEnqueued.fire(new OutboxEnqueued(outboxId, ingestedEvent(eventId, d, request.content())));
        return new UploadResult(DocumentView.of(d), true);
    }

    /**
     * Runs {@link #INSERT_NEW_DOCUMENT} on the transaction's connection. The document is not put into the session:
     * nothing else in this transaction reads it, and the entity would only be dirty-checked at the commit.
     */
    private static Long insertIfNew(Document d, byte[] content, String eventId, DocumentStateChangedV1 received,
                                    String traceparent) {
        return Document.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_NEW_DOCUMENT)) {
                OffsetDateTime now = d.receivedAt.atOffset(ZoneOffset.UTC);
                int i = 0;
                insert.setString(++i, d.id);
                insert.setString(++i, d.contentHash);
                insert.setString(++i, d.fileName);
                insert.setString(++i, d.contentType);
                insert.setLong(++i, d.sizeBytes);
                insert.setBytes(++i, content);
                insert.setString(++i, d.hintTitle);
                insert.setString(++i, d.hintRegion);
                insert.setString(++i, d.hintSourceUrl);
                insert.setString(++i, d.hintDate);
                insert.setObject(++i, now);
                insert.setObject(++i, now);
                insert.setString(++i, eventId);
                insert.setString(++i, Topics.DOCUMENTS_INGESTED);
                insert.setObject(++i, now);
                insert.setString(++i, traceparent);
                insert.setString(++i, received.eventId());
                insert.setString(++i, Topics.DOCUMENTS_STATES);
                insert.setObject(++i, now);
                insert.setString(++i, traceparent);
                insert.setBytes(++i, EventJson.toBytes(received));
                Long ingestedRow = null;
                try (ResultSet inserted = insert.executeQuery()) {
                    while (inserted.next()) {
                        if (Topics.DOCUMENTS_INGESTED.equals(inserted.getString(2))) {
                            ingestedRow = inserted.getLong(1);
                        }
                    }
                }
                return ingestedRow;
            }
        });
    }

    /** The same bytes come back after a deletion: a fresh start, in a run numbered after every earlier one. */
    private Document revive(Document d, UploadRequest request) {
        Document.getEntityManager().lock(d, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        d.deletedAt = null;
        d.content = request.content();
        d.contentType = request.contentType();
        d.fileName = FileNames.sanitize(request.fileName(), d.id, request.contentType());
        DocumentHintsV1 hints = request.hints() == null ? DocumentHintsV1.none() : request.hints();
        d.hintTitle = hints.title();
        d.hintRegion = hints.region();
        d.hintSourceUrl = hints.sourceUrl();
        d.hintDate = hints.date();
        clearAnalysis(d);
        d.analysisRun++;
        d.state = DocumentState.RECEIVED;
        d.receivedAt = now;
        d.updatedAt = now;
        enqueueIngested(d, now, request.content());
        events.stateChanged(DocumentStateChangedV1.received(d.id, d.analysisRun, d.fileName, d.receivedAt, d.title,
                now));
        return d;
    }

    /**
     * Deletes a document: its content is dropped, an unsent request for analysis is withdrawn and the run number
     * moves on, so a late analysis result of the deleted run is ignored. {@link DocumentDeletedV1} (under the new run
     * number) tells target-service to retract the document's indicators, and a DELETED state change tells live
     * views; both are written in this transaction. Idempotent: deleting a deleted document answers 404 like an
     * unknown one, and writes no second event.
     */
    @Transactional
    public void delete(String id) {
        Document d = require(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        d.deletedAt = now;
        d.updatedAt = now;
        d.content = new byte[0];
        d.cleanedText = null;
        d.analysisRun++;
        OutboxEvent.update("givenUpAt = ?1, lastError = ?2 where documentId = ?3 and topic = ?4 and sentAt is null "
                + "and givenUpAt is null", now, "document deleted before its event was sent", id,
                Topics.DOCUMENTS_INGESTED);
        events.deleted(new DocumentDeletedV1(EventIds.newId(), DocumentDeletedV1.SCHEMA_VERSION, id, d.analysisRun,
                now));
        events.stateChanged(DocumentStateChangedV1.deleted(id, d.analysisRun, now));
        metrics.counter("plantrack.documents.deleted").increment();
        LOG.infof("document %s deleted; events of run %d not sent yet are withdrawn", id, d.analysisRun - 1);
    }

    private static void clearAnalysis(Document d) {
        d.failureReason = null;
        d.title = null;
        d.script = null;
        d.encoding = null;
        d.genre = null;
        d.region = null;
        d.regionLevel = null;
        d.regionCode = null;
        d.regionParentCode = null;
        d.planPeriod = null;
        d.documentDate = null;
        d.charCount = null;
        d.paragraphCount = null;
        d.sentenceCount = null;
        d.headingCount = null;
        d.indicatorCount = null;
        d.sectionsJson = null;
        d.cleaningNotesJson = null;
        d.cleanedText = null;
        d.analyzedAt = null;
    }

    @Transactional
    public DocumentView get(String id) {
        return DocumentView.of(require(id, LockModeType.NONE));
    }

    @Transactional
    public List<DocumentView> list(int page, int size, DocumentState state) {
        var query = state == null
                ? Document.find("deletedAt is null", Sort.descending("receivedAt").and("id"))
                : Document.find("deletedAt is null and state = ?1", Sort.descending("receivedAt").and("id"), state);
        return query.page(Page.of(page, size)).<Document>list().stream().map(DocumentView::of).toList();
    }

    @Transactional
    public long count(DocumentState state) {
        return state == null ? Document.count("deletedAt is null")
                : Document.count("deletedAt is null and state = ?1", state);
    }

    public record Content(String contentType, String fileName, byte[] bytes) {
    }

    @Transactional
    public Content content(String id) {
        Document d = require(id, LockModeType.NONE);
        return new Content(d.contentType, d.fileName, d.content);
    }

    /**
     * The cleaned text of the analysed document. Only an ANALYZED document has one: while a run is pending its
     * text would belong to the previous run, and a FAILED run has none.
     */
    @Transactional
    public String cleanedText(String id) {
        Document d = require(id, LockModeType.NONE);
        if (d.state != DocumentState.ANALYZED || d.cleanedText == null) {
            throw new ProblemException(ProblemType.TEXT_NOT_AVAILABLE,
                    "document '" + id + "' is " + d.state + (d.state == DocumentState.ANALYZED
                            ? " but its analysis reported no cleaned text; re-analyse it"
                            : "; the cleaned text exists once it is ANALYZED"));
        }
        return d.cleanedText;
    }

    /** Starts a new analysis run: results of earlier runs that arrive later are ignored. */
    @Transactional
    public DocumentView reanalyze(String id) {
        return DocumentView.of(startNewRun(require(id, LockModeType.PESSIMISTIC_WRITE)));
    }

    /** Re-runs a FAILED document (same mechanism as {@link #reanalyze}); any other state is a 409 problem. */
    @Transactional
    public DocumentView retry(String id) {
        Document d = require(id, LockModeType.PESSIMISTIC_WRITE);
        if (d.state != DocumentState.FAILED) {
            throw new ProblemException(ProblemType.DOCUMENT_NOT_FAILED,
                    "document '" + id + "' is " + d.state + "; only FAILED documents can be retried "
                            + "(use reanalyze to analyse it again anyway)");
        }
        return DocumentView.of(startNewRun(d));
    }

    /**
     * Ids of the FAILED documents whose reason contains {@code reasonPart} (any reason when null), oldest first.
     * Retried one by one afterwards, each in its own short transaction, so thousands of failed documents never
     * hold one long transaction and locks.
     */
    @Transactional
    public List<String> failedIds(String reasonPart) {
        if (reasonPart == null) {
            return Document.find("select d.id from Document d where d.deletedAt is null and d.state = ?1 "
                    + "order by d.receivedAt, d.id", DocumentState.FAILED).project(String.class).list();
        }
        return Document.find("select d.id from Document d where d.deletedAt is null and d.state = ?1 "
                        + "and locate(?2, d.failureReason) > 0 order by d.receivedAt, d.id",
                DocumentState.FAILED, reasonPart).project(String.class).list();
    }

    /** Retries the document if it is still FAILED (another request may have retried it meanwhile). */
    @Transactional
    public boolean retryIfFailed(String id) {
        Document d = Document.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || d.isDeleted() || d.state != DocumentState.FAILED) {
            return false;
        }
        startNewRun(d);
        return true;
    }

    private Document startNewRun(Document d) {
        Instant now = Instant.now();
        d.analysisRun++;
        d.state = DocumentState.RECEIVED;
        d.failureReason = null;
        // the text belongs to the run that produced it; the new run brings its own
        d.cleanedText = null;
        d.updatedAt = now;
        // the content is not loaded here (lazy): the relay reads it, as after a restart
        enqueueIngested(d, now, null);
        events.stateChanged(DocumentStateChangedV1.received(d.id, d.analysisRun, d.fileName, d.receivedAt, d.title,
                now));
        return d;
    }

    /**
     * Applies an analysis outcome. Idempotent: only the first outcome of the document's current run changes it;
     * redeliveries and outcomes of superseded runs are ignored.
     * <p>
     * One conditional UPDATE rather than lock, load and write back: this runs once per analysed document, and
     * loading the entity (every column) only to check three of them, then flushing it, cost two statements and
     * the hydration and dirty check of the row. The WHERE clause is the idempotency check; PostgreSQL re-evaluates
     * it on the newest row version when a concurrent reanalyze, retry or delete committed meanwhile, so the
     * guarantees of the row lock are kept. Plain SQL because Hibernate translates an HQL update anew on every
     * execution, which cost as much as the load and flush it replaces; and plain JDBC on the transaction's connection,
     * because Hibernate's native query still built a query plan and bound each of the ~20 parameters through its
     * own machinery, most of this method's cost for a single statement (docs/benchmarks.md, "Figures behind code
     * choices").
     *
     * @return whether the document changed
     */
    @Transactional
    public boolean applyAnalysis(DocumentAnalyzedV1 event) {
        Instant now = Instant.now();
        boolean failed = event.outcome() == DocumentAnalyzedV1.Outcome.FAILED;
        DocumentAnalyzedV1.Counts c = failed ? null : event.counts();
        String reason = failed ? truncate(event.failureReason() == null || event.failureReason().isBlank()
                ? "analysis failed without a reason" : event.failureReason()) : null;
        DocumentStateChangedV1 stateChange = failed
                ? DocumentStateChangedV1.failed(event.documentId(), event.analysisRun(), reason, now)
                : DocumentStateChangedV1.analyzed(event.documentId(), event.analysisRun(), event.title(),
                event.region(), event.genre(), event.planPeriod(), c == null ? null : c.indicators(), now);
        String sql = announced(failed ? APPLY_FAILURE : c == null ? APPLY_ANALYSIS + CURRENT_RUN_RECEIVED
                : APPLY_ANALYSIS_WITH_COUNTS);
        int changed = Document.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                int i = 0;
                if (failed) {
                    update.setString(++i, reason);
                }
                update.setObject(++i, (event.analyzedAt() == null ? now : event.analyzedAt()).atOffset(ZoneOffset.UTC));
                update.setObject(++i, now.atOffset(ZoneOffset.UTC));
                if (!failed) {
                    update.setString(++i, event.title());
                    update.setString(++i, event.script());
                    update.setString(++i, event.encoding());
                    update.setString(++i, event.genre());
                    update.setString(++i, event.region());
                    update.setString(++i, event.regionLevel());
                    update.setString(++i, event.planPeriod());
                    update.setString(++i, event.documentDate());
                    update.setString(++i, event.sections() == null ? null : json(event.sections()));
                    update.setString(++i, event.cleaningNotes() == null ? null : json(event.cleaningNotes()));
                    update.setString(++i, event.cleanedText());
                    update.setString(++i, event.regionCode());
                    update.setString(++i, event.regionParentCode());
                    if (c != null) {
                        update.setInt(++i, c.characters());
                        update.setInt(++i, c.paragraphs());
                        update.setInt(++i, c.sentences());
                        update.setInt(++i, c.headings());
                        update.setInt(++i, c.indicators());
                    }
                }
                update.setString(++i, event.documentId());
                update.setInt(++i, event.analysisRun());
                update.setString(++i, stateChange.eventId());
                update.setString(++i, Topics.DOCUMENTS_STATES);
                update.setInt(++i, event.analysisRun());
                update.setObject(++i, now.atOffset(ZoneOffset.UTC));
                update.setString(++i, TraceContext.current());
                update.setBytes(++i, EventJson.toBytes(stateChange));
                return update.executeUpdate();
            }
        });
        if (changed == 0) {
            explainIgnored(event);
            return false;
        }
        events.written();
        return true;
    }

    /**
     * The document update {@code sql} and the outbox row of its state change in one statement: the row is inserted
     * only when the update changed the document, so the common path stays one round trip. The row's values (event id,
     * topic, run, created at, traceparent, payload) are the last parameters.
     */
    private static String announced(String sql) {
        return "with changed as (" + sql + " returning id) " + DocumentEventsOutbox.INSERT_COLUMNS
                + " select ?, ?, id, id, ?, ?, 0, ?, ? from changed";
    }

    /**
     * Counts outcomes that changed their document. Separate from {@link #applyAnalysis} and called after the
     * commit, because a batch whose transaction failed is applied again and must not be counted twice.
     */
    public void countApplied(DocumentAnalyzedV1.Outcome outcome) {
        (outcome == DocumentAnalyzedV1.Outcome.FAILED ? failedResults : analyzedResults).increment();
    }

    /** Only for results that changed nothing (rare): why, for the log. */
    private static void explainIgnored(DocumentAnalyzedV1 event) {
        Document d = Document.findById(event.documentId());
        if (d == null || d.isDeleted()) {
            LOG.infof("analysis result for unknown or deleted document %s ignored", event.documentId());
        } else if (event.analysisRun() != d.analysisRun) {
            LOG.infof("analysis result of run %d for document %s ignored: current run is %d",
                    event.analysisRun(), d.id, d.analysisRun);
        } else {
            LOG.debugf("duplicate analysis result for document %s run %d ignored", d.id, d.analysisRun);
        }
    }

    /**
     * A result record for this document could not be read at all (poison message). The document must still reach
     * a final state, so its current run ends FAILED with the reason; runs already final stay as they are. Joins the
     * transaction of the consumer's batch, so it takes effect in record order with the batch's other outcomes.
     *
     * @return whether the document changed
     */
    @Transactional
    public boolean failUnreadableResult(String documentId, String reason) {
        // a conditional UPDATE like applyAnalysis: an entity loaded here would be stale for a later outcome of the
        // same document in the same batch, which is written with plain SQL
        Instant now = Instant.now();
        List<Integer> runs = Document.getEntityManager().unwrap(Session.class).createNativeQuery(
                        "update documents set state = 'FAILED', failure_reason = :reason, analyzed_at = :now, "
                                + "updated_at = :now where id = :id and state = 'RECEIVED' and deleted_at is null "
                                + "returning analysis_run", Integer.class)
                .setParameter("reason", truncate(reason), String.class)
                .setParameter("now", now, Instant.class)
                .setParameter("id", documentId, String.class)
                .getResultList();
        if (runs.isEmpty()) {
            return false;
        }
        events.stateChanged(DocumentStateChangedV1.failed(documentId, runs.get(0), truncate(reason), now));
        return true;
    }

    /** Counts a document failed by {@link #failUnreadableResult}, after the commit (see {@link #countApplied}). */
    public void countUnreadable() {
        metrics.counter("plantrack.documents.analysis.results", "outcome", "UNREADABLE").increment();
    }

    /** The event announcing this run could not be published at all: the run ends FAILED with the reason. */
    @Transactional
    public void failUnpublishable(String documentId, int analysisRun, String reason) {
        Document d = Document.findById(documentId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || d.isDeleted() || d.analysisRun != analysisRun || d.state != DocumentState.RECEIVED) {
            return;
        }
        d.state = DocumentState.FAILED;
        d.failureReason = truncate(reason);
        d.analyzedAt = Instant.now();
        d.updatedAt = d.analyzedAt;
        events.stateChanged(DocumentStateChangedV1.failed(d.id, d.analysisRun, d.failureReason, d.analyzedAt));
        metrics.counter("plantrack.documents.analysis.results", "outcome", "UNPUBLISHABLE").increment();
    }

    /** @param content the document's bytes when they are at hand, to hand the built event to the relay; else null */
    private void enqueueIngested(Document d, Instant now, byte[] content) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = EventIds.newId();
        row.topic = Topics.DOCUMENTS_INGESTED;
        row.messageKey = d.id;
        row.documentId = d.id;
        row.analysisRun = d.analysisRun;
        row.createdAt = now;
        row.traceparent = TraceContext.current();
        row.persist();
        // the identity column: the insert has run, so the row's id is known
        DocumentIngestedV1 event = content == null ? null : ingestedEvent(row.eventId, d, content);
        outboxEnqueued.fire(new OutboxEnqueued(row.id, event));
    }

    /** The event announcing {@code d} with its content, as the relay will publish it. */
    private static DocumentIngestedV1 ingestedEvent(String eventId, Document d, byte[] content) {
        return new DocumentIngestedV1(eventId, DocumentIngestedV1.SCHEMA_VERSION, d.id, d.contentHash, d.fileName,
                d.contentType, d.sizeBytes, content, new DocumentHintsV1(d.hintTitle, d.hintRegion, d.hintSourceUrl,
                d.hintDate), d.analysisRun, d.receivedAt);
    }

    private Document require(String id, LockModeType lock) {
        Document d = id == null ? null : Document.findById(id, lock);
        if (d == null || d.isDeleted()) {
            throw new ProblemException(ProblemType.DOCUMENT_NOT_FOUND, "no document with id '" + id + "'");
        }
        return d;
    }

    private static String json(Object value) {
        return new String(EventJson.toBytes(value), StandardCharsets.UTF_8);
    }

    private static String truncate(String reason) {
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                return "23505".equals(cve.getSQLState());
            }
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
