package org.plantrack.targetservice.repository;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.plantrack.targetservice.service.ActualRow;
import org.plantrack.targetservice.service.CatalogueMetrics;
import org.plantrack.targetservice.service.MetricNormalizer;

import java.util.List;

/** Reads the actual values of series, the filter's metric matched as targets match it (TargetRepository). */
@ApplicationScoped
public class SeriesRepository {

    private final EntityManager em;
    private final MetricNormalizer metrics;

    public SeriesRepository(EntityManager em, MetricNormalizer metrics) {
        this.em = em;
        this.metrics = metrics;
    }

    /** The matching actuals; refuses (IllegalArgumentException: 400) a query matching more than MAX_ROWS. */
    public List<ActualRow> actuals(QueryFilter f) {
        f.validate();
        String region = QueryFilter.has(f.region) ? f.region.strip() : null;
        String within = QueryFilter.has(f.within) ? f.within.strip() : null;
        String indicator = QueryFilter.has(f.indicator) ? f.indicator.strip() : null;
        List<String> metric = null;
        String metricId = null;
        if (QueryFilter.has(f.metric)) {
            String written = f.metric.strip();
            metric = List.of(metrics.canonical(written, null), written);
            CatalogueMetrics.Match match = CatalogueMetrics.resolve(written, region);
            metricId = match == null ? null : match.id();
        }
        SeriesRows.Filter filter = new SeriesRows.Filter(region, within, indicator, metric, metricId, f.yearFrom,
                f.yearTo);
        List<ActualRow> rows = em.unwrap(Session.class).doReturningWork(c -> SeriesRows.read(c, filter));
        if (rows.size() > SeriesRows.MAX_ROWS) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "the query matches more than " + SeriesRows.MAX_ROWS
                    + " actual values: narrow it with region, indicator, metric, yearFrom or yearTo");
        }
        return rows;
    }
}
