package org.plantrack.targetservice.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.targetservice.domain.DocumentRun;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code document_run} table: which analysis run of each document is stored. The apply path locks, reads and
 * writes it with plain JDBC on the transaction's connection (one statement each, no entity loaded; see
 * docs/decisions on plain JDBC in the hot path); the rarer paths use the entity.
 */
@ApplicationScoped
public class DocumentRunRepository {

    private final EntityManager em;

    public DocumentRunRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks the runs of the given documents for this transaction (in document id order, the order a single apply or a
     * retraction takes one of them in) and returns each stored run; a document never applied is absent.
     */
    public Map<String, Integer> lockRuns(String[] documentIds) {
        Map<String, Integer> runs = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select document_id, analysis_run "
                    + "from document_run where document_id = any(?) order by document_id for update")) {
                lock.setArray(1, connection.createArrayOf("text", documentIds));
                try (ResultSet r = lock.executeQuery()) {
                    while (r.next()) {
                        runs.put(r.getString(1), r.getInt(2));
                    }
                }
            }
        });
        return runs;
    }

    /**
     * Writes the document's run with one statement, without loading it: an insert when none is stored, else an
     * update of the row the caller locked. A plain insert, as persisting the entity was: should another instance
     * have applied the document meanwhile, the insert fails on the primary key and the poll is retried.
     */
    public void store(IndicatorsExtractedV1 event, boolean newRun, int indicatorCount, Instant now) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement write = connection.prepareStatement(newRun
                    ? "insert into document_run (analysis_run, region, region_level, plan_period, document_date, "
                    + "indicator_count, updated_at, document_id) values (?, ?, ?, ?, ?, ?, ?, ?)"
                    : "update document_run set analysis_run = ?, region = ?, region_level = ?, plan_period = ?, "
                    + "document_date = ?, indicator_count = ?, updated_at = ? where document_id = ?")) {
                write.setInt(1, event.analysisRun());
                write.setString(2, event.region());
                write.setString(3, event.regionLevel());
                write.setString(4, event.planPeriod());
                write.setString(5, event.documentDate());
                write.setInt(6, indicatorCount);
                write.setObject(7, now.atOffset(ZoneOffset.UTC));
                write.setString(8, event.documentId());
                write.executeUpdate();
            }
        });
    }

    /** The document's stored run, locked for this transaction; null when it was never applied. */
    public DocumentRun findLocked(String documentId) {
        return em.find(DocumentRun.class, documentId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The document's stored run, or null. */
    public DocumentRun find(String documentId) {
        return em.find(DocumentRun.class, documentId);
    }
}
