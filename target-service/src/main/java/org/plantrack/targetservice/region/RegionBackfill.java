package org.plantrack.targetservice.region;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plantrack.targetservice.repository.IndicatorRepository;
import org.plantrack.targetservice.service.StoredDocuments;

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

    private final IndicatorRepository indicators;
    private final StoredDocuments stored;

    @ConfigProperty(name = "plantrack.regions.backfill-at-start", defaultValue = "true")
    boolean atStart;

    public RegionBackfill(IndicatorRepository indicators, StoredDocuments stored) {
        this.indicators = indicators;
        this.stored = stored;
    }

    void onStart(@Observes StartupEvent event) {
        if (atStart) {
            stored.inBackground("region-backfill", this::run);
        }
    }

    /** Re-applies every document that has indicators whose region now resolves; returns how many. */
    public int run() {
        return stored.reapply(QuarkusTransaction.requiringNew().call(this::documentsToMigrate),
                "giving stored indicators their region codes");
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
