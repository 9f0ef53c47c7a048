package org.plantrack.ingest.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.plantrack.ingest.domain.Document;
import org.plantrack.ingest.domain.DocumentState;

import java.util.List;

/**
 * Documents analysed before migration V4 stored no cleaned text, so their text endpoint answers 409. This one-off
 * backfill queues a new analysis run (the reanalyze path, through the outbox) for every ANALYZED document without
 * cleaned text. It is idempotent: a queued document is RECEIVED until its new run ends, and the current analyser
 * never reports ANALYZED without text, so a second pass finds nothing. Ids are read in bounded batches in id order
 * and each document is queued in its own short transaction, so a large archive never holds one long transaction.
 */
@ApplicationScoped
public class MissingTextBackfill {

    private static final Logger LOG = Logger.getLogger(MissingTextBackfill.class);

    @Inject
    DocumentService documents;

    @ConfigProperty(name = "plantrack.backfill.missing-text.at-start", defaultValue = "true")
    boolean atStart;

    @ConfigProperty(name = "plantrack.backfill.missing-text.batch-size", defaultValue = "100")
    int batchSize;

    /** How many documents a pass queued, and how many batches of ids it read. */
    public record Result(int queued, int batches) {
    }

    void onStart(@Observes StartupEvent event) {
        if (!atStart) {
            return;
        }
        try {
            run();
        } catch (RuntimeException e) {
            // the service still starts; POST /documents/reanalyze-missing-text runs the same pass later
            LOG.warnf("backfill of missing cleaned text failed at start-up; run it with POST "
                    + "/documents/reanalyze-missing-text: %s", e.toString());
        }
    }

    /** Queues a new analysis run for every ANALYZED document without cleaned text. */
    public Result run() {
        int queued = 0;
        int batches = 0;
        String after = "";
        List<String> ids;
        do {
            ids = idsWithoutText(after, batchSize);
            batches++;
            for (String id : ids) {
                if (reanalyzeIfStillWithoutText(id)) {
                    queued++;
                }
            }
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == batchSize);
        if (queued > 0) {
            LOG.infof("backfill: %d ANALYZED documents without cleaned text queued for re-analysis (%d batches of "
                    + "at most %d)", queued, batches, batchSize);
        } else {
            LOG.debug("backfill: every ANALYZED document has its cleaned text");
        }
        return new Result(queued, batches);
    }

    /** The next ids (keyset: after {@code after}, in id order), so each document is looked at once per pass. */
    @Transactional
    List<String> idsWithoutText(String after, int limit) {
        return Document.find("select d.id from Document d where d.deletedAt is null and d.state = ?1 "
                        + "and d.cleanedText is null and d.id > ?2 order by d.id", DocumentState.ANALYZED, after)
                .project(String.class).page(0, limit).list();
    }

    /** Queues the document unless a run started or a text arrived since its id was read. */
    @Transactional
    boolean reanalyzeIfStillWithoutText(String id) {
        Document d = Document.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || d.isDeleted() || d.state != DocumentState.ANALYZED || d.cleanedText != null) {
            return false;
        }
        documents.reanalyze(id);
        return true;
    }
}
