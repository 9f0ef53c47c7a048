package org.plantrack.targetservice.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.plantrack.targetservice.repository.IndicatorRepository;

import java.util.List;
import java.util.TreeSet;

/**
 * Files the rows stored before growth rates were indicators of their own ({@link GrowthRates}) as they are filed
 * now: every document with a change in % still under its level (gdp), a decline of a growth rate stored unsigned, or
 * an indicator on a target keyed the old way (地区生产总值增长·增长) is applied again from its stored indicators, one
 * transaction per document, through the same path as a new indicator set. Its growth rates move to the growth rate's
 * target (consumers see them RETRACTED and ADDED, and the targets updated), and a target left empty is removed. Runs
 * on a thread of its own after start-up, as the region backfill does; a crash part-way leaves the rest for the next
 * start, and a database already filed so costs one query.
 */
@ApplicationScoped
public class GrowthRateBackfill {

    private static final Logger LOG = Logger.getLogger(GrowthRateBackfill.class);

    private final IndicatorRepository indicators;
    private final AggregationService aggregation;

    @ConfigProperty(name = "plantrack.growth-rates.backfill-at-start", defaultValue = "true")
    boolean atStart;

    public GrowthRateBackfill(IndicatorRepository indicators, AggregationService aggregation) {
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
                LOG.warnf("growth rates of stored indicators not filed anew, retried on the next start: %s", e);
            }
        }, "growth-rate-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    /** Re-applies every document filed the old way; returns how many. */
    public int run() {
        List<String> found = QuarkusTransaction.requiringNew().call(() -> indicators.documentsFiledBeforeGrowthRates(
                GrowthRates.levelIds(), GrowthRates.growthIds(), GrowthRates.formerTargetMetrics()));
        TreeSet<String> documents = new TreeSet<>(found);
        if (documents.isEmpty()) {
            return 0;
        }
        LOG.infof("filing the growth rates of %d documents as indicators of their own", documents.size());
        for (String documentId : documents) {
            QuarkusTransaction.requiringNew().run(() -> aggregation.reapplyStored(documentId));
        }
        LOG.infof("growth rates filed anew for %d documents", documents.size());
        return documents.size();
    }
}
