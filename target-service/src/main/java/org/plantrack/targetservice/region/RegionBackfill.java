package org.plantrack.targetservice.region;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.plantrack.targetservice.repository.IndicatorRepository;
import org.plantrack.targetservice.service.AggregationService;

import java.util.TreeSet;

/**
 * Gives the rows stored before region codes existed (migration V10) their codes. Every document with an indicator
 * whose region has no code but whose name (with the document's level) the registry now resolves is applied again
 * from its stored indicators, one transaction per document, through the same path as a new indicator set: the
 * indicators take the registry's name and code and move to the code-keyed target, consumers see them RETRACTED and
 * ADDED and the targets updated, and a name-keyed target left empty is removed. Runs on a thread of its own after
 * start-up so readiness does not wait for it; a crash part-way leaves the remaining documents for the next start.
 * Names the registry does not resolve stay as they are (and are looked at again on each start: a few distinct
 * names, one query).
 */
@ApplicationScoped
public class RegionBackfill {

    private static final Logger LOG = Logger.getLogger(RegionBackfill.class);

    private final IndicatorRepository indicators;
    private final AggregationService aggregation;

    @ConfigProperty(name = "plantrack.regions.backfill-at-start", defaultValue = "true")
    boolean atStart;

    public RegionBackfill(IndicatorRepository indicators, AggregationService aggregation) {
        this.indicators = indicators;
        this.aggregation = aggregation;
    }

    void onStart(@Observes StartupEvent event) {
        if (!atStart) {
            return;
        }
        Thread worker = new Thread(() -> {
            try {
                run();
            } catch (RuntimeException e) {
                LOG.warnf("region codes of stored indicators not filled in, retried on the next start: %s", e);
            }
        }, "region-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    /** Re-applies every document that has indicators whose region now resolves; returns how many. */
    public int run() {
        TreeSet<String> documents = QuarkusTransaction.requiringNew().call(this::documentsToMigrate);
        if (documents.isEmpty()) {
            return 0;
        }
        LOG.infof("giving the indicators of %d documents their region codes", documents.size());
        for (String documentId : documents) {
            QuarkusTransaction.requiringNew().run(() -> aggregation.reapplyStored(documentId));
        }
        LOG.infof("region codes filled in for %d documents", documents.size());
        return documents.size();
    }

    private TreeSet<String> documentsToMigrate() {
        TreeSet<String> documents = new TreeSet<>();
        for (IndicatorRepository.UncodedRegion r : indicators.uncodedRegions()) {
            if (Regions.of(r.name(), null, r.level()).resolved()) {
                documents.addAll(indicators.documentsWithUncodedRegion(r));
            }
        }
        return documents;
    }
}
