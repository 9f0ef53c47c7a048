package org.plantrack.targetservice.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    private final IndicatorRepository indicators;
    private final StoredDocuments stored;

    @ConfigProperty(name = "plantrack.growth-rates.backfill-at-start", defaultValue = "true")
    boolean atStart;

    public GrowthRateBackfill(IndicatorRepository indicators, StoredDocuments stored) {
        this.indicators = indicators;
        this.stored = stored;
    }

    void onStart(@Observes StartupEvent event) {
        if (atStart) {
            stored.inBackground("growth-rate-backfill", this::run);
        }
    }

    /** Re-applies every document filed the old way; returns how many. */
    public int run() {
        List<String> found = QuarkusTransaction.requiringNew().call(() -> indicators.documentsFiledBeforeGrowthRates(
                GrowthRates.levelIds(), GrowthRates.growthIds(), GrowthRates.formerTargetMetrics()));
        return stored.reapply(new TreeSet<>(found), "filing growth rates as indicators of their own");
    }
}
