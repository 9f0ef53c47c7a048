package org.plantrack.targetservice.region;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.plantrack.events.EventIds;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.targetservice.domain.DocumentRun;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.service.AggregationService;
import org.plantrack.targetservice.service.IndicatorMapper;

import java.time.Instant;
import java.util.List;
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

    private final EntityManager em;
    private final AggregationService aggregation;

    @ConfigProperty(name = "plantrack.regions.backfill-at-start", defaultValue = "true")
    boolean atStart;

    public RegionBackfill(EntityManager em, AggregationService aggregation) {
        this.em = em;
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
            QuarkusTransaction.requiringNew().run(() -> reapply(documentId));
        }
        LOG.infof("region codes filled in for %d documents", documents.size());
        return documents.size();
    }

    private TreeSet<String> documentsToMigrate() {
        TreeSet<String> documents = new TreeSet<>();
        for (Object[] r : em.createQuery("select distinct i.region, i.regionLevel from Indicator i "
                + "where i.regionCode is null and i.region is not null", Object[].class).getResultList()) {
            String name = (String) r[0];
            String level = (String) r[1];
            if (Regions.of(name, null, level).resolved()) {
                documents.addAll(em.createQuery("select distinct i.documentId from Indicator i where "
                                + "i.regionCode is null and i.region = ?1 and coalesce(i.regionLevel, '') = ?2",
                                String.class)
                        .setParameter(1, name).setParameter(2, level == null ? "" : level).getResultList());
            }
        }
        return documents;
    }

    private void reapply(String documentId) {
        DocumentRun run = DocumentRun.findById(documentId);
        if (run == null) {
            return;
        }
        List<IndicatorV1> current = Indicator.<Indicator>list("documentId", documentId).stream()
                .map(IndicatorMapper::toEvent).toList();
        aggregation.apply(new IndicatorsExtractedV1(EventIds.newId(), IndicatorsExtractedV1.SCHEMA_VERSION,
                documentId, run.analysisRun, run.region, run.regionLevel, run.planPeriod, run.documentDate, current,
                Instant.now()));
    }
}
