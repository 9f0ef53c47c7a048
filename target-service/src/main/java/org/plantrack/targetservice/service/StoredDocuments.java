package org.plantrack.targetservice.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.SortedSet;

/**
 * What the start-up backfills (region codes, growth rates) share: they find the documents whose stored indicators
 * are filed the old way and apply each again from those indicators, one transaction per document, through the same
 * path as a new indicator set, on a thread of their own so that readiness does not wait for them. A crash part-way
 * leaves the remaining documents for the next start.
 */
@ApplicationScoped
public class StoredDocuments {

    private static final Logger LOG = Logger.getLogger(StoredDocuments.class);

    private final AggregationService aggregation;

    public StoredDocuments(AggregationService aggregation) {
        this.aggregation = aggregation;
    }

    /** Runs {@code backfill} on a daemon thread named {@code name}; a failure is logged and left for the next start. */
    public void inBackground(String name, Runnable backfill) {
        Thread worker = new Thread(() -> {
            try {
                backfill.run();
            } catch (RuntimeException e) {
                LOG.warnf("%s did not finish, retried on the next start: %s", name, e);
            }
        }, name);
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Applies each document again from its stored indicators, in order, each in a transaction of its own.
     *
     * @param what what the re-application does, for the log ("giving the indicators … their region codes")
     * @return how many documents were applied again
     */
    public int reapply(SortedSet<String> documents, String what) {
        if (documents.isEmpty()) {
            return 0;
        }
        LOG.infof("%s: %d documents", what, documents.size());
        for (String documentId : documents) {
            QuarkusTransaction.requiringNew().run(() -> aggregation.reapplyStored(documentId));
        }
        LOG.infof("%s: done for %d documents", what, documents.size());
        return documents.size();
    }
}
