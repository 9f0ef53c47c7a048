package org.plantrack.targetservice.repository;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.plantrack.targetservice.domain.Target;
import org.plantrack.targetservice.service.AggregationService;
import org.hibernate.Session;
import org.plantrack.targetservice.service.CatalogueMetrics;
import org.plantrack.targetservice.service.MetricNormalizer;
import org.plantrack.targetservice.service.StatedTarget;
import org.plantrack.targetservice.service.PlanPeriods;

import java.util.List;
import java.util.Map;

/**
 * Filtered reads of targets. Filters on indicator fields (document, domain, kind, years, text) select the targets
 * that have at least one such indicator.
 */
@ApplicationScoped
public class TargetRepository {

    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("region", "t.region"), Map.entry("regionCode", "t.regionCode"), Map.entry("metric", "t.canonicalMetric"), Map.entry("period", "t.period"),
            Map.entry("progress", "t.progress"), Map.entry("conflicts", "t.conflicts"),
            Map.entry("indicators", "t.indicatorCount"), Map.entry("documents", "t.documentCount"),
            Map.entry("updatedAt", "t.updatedAt"), Map.entry("targetYear", "t.targetYear"), Map.entry("id", "t.id"),
            Map.entry("status", "t.status"));
    private static final Sort DEFAULT_SORT = Sort.by("t.region").and("t.canonicalMetric").and("t.period").and("t.id");

    private final MetricNormalizer metrics;

    public TargetRepository(MetricNormalizer metrics) {
        this.metrics = metrics;
    }

    public IndicatorRepository.PageOf<Target> find(QueryFilter f) {
        f.validate();
        JpqlBuilder b = new JpqlBuilder();
        b.where("t.stated = true"); // a group no document states a target for is a series (GET /series)
        // targets without a region are stored under the name 未知 (AggregationService.UNKNOWN_REGION)
        RegionCondition.add(b, "t.", f.region, f.within, AggregationService.UNKNOWN_REGION,
                AggregationService.UNKNOWN_REGION);
        if (QueryFilter.has(f.metric)) {
            String canonical = metrics.canonical(f.metric.strip(), null);
            CatalogueMetrics.Match catalogue = CatalogueMetrics.resolve(f.metric.strip(), f.region);
            b.where("(t.canonicalMetric = :canonical or t.canonicalMetric like :canonicalChange "
                    + "or t.catalogueId = :catalogueId or exists (select 1 from "
                    + "Indicator i where i.targetId = t.id and i.metric = :written))", "canonical", canonical);
            b.params().and("canonicalChange", canonical + "·%").and("written", f.metric.strip())
                    .and("catalogueId", catalogue == null ? "" : catalogue.id());
        }
        if (QueryFilter.has(f.indicator)) {
            b.where("t.catalogueId = :indicator", "indicator", f.indicator.strip());
        }
        if (QueryFilter.has(f.status)) {
            b.where("t.status = :status", "status", f.status.strip());
        }
        if (QueryFilter.has(f.period)) {
            String p = PlanPeriods.normalise(f.period);
            b.where("t.period = :period", "period", p == null ? f.period.strip() : p);
        }
        if (QueryFilter.has(f.documentId)) {
            b.where("exists (select 1 from Indicator i where i.targetId = t.id and i.documentId = :documentId)",
                    "documentId", f.documentId.strip());
        }
        if (QueryFilter.has(f.domain)) {
            b.where("exists (select 1 from Indicator i where i.targetId = t.id and i.domain = :domain)",
                    "domain", f.domain.strip());
        }
        if (QueryFilter.has(f.kind)) {
            b.where("exists (select 1 from Indicator i where i.targetId = t.id and i.kind = :kind)",
                    "kind", f.kind.strip());
        }
        if (f.yearFrom != null) {
            b.where("exists (select 1 from Indicator i where i.targetId = t.id and i.year >= :yearFrom)",
                    "yearFrom", f.yearFrom);
        }
        if (f.yearTo != null) {
            b.where("exists (select 1 from Indicator i where i.targetId = t.id and i.year <= :yearTo)",
                    "yearTo", f.yearTo);
        }
        if (QueryFilter.has(f.q)) {
            b.where("(lower(t.canonicalMetric) like :q escape '\\' or exists (select 1 from Indicator i where "
                    + "i.targetId = t.id and lower(i.sentence) like :q escape '\\'))", "q", JpqlBuilder.like(f.q));
        }
        var query = Target.<Target>find("from Target t where " + b.query(), JpqlBuilder.sort(f.sort, SORTABLE, DEFAULT_SORT), b.params());
        long total = query.count();
        return new IndicatorRepository.PageOf<>(query.page(Page.of(f.page, f.size)).list(), total);
    }

    /** The target statements of one target with their documents' dates (revisions, attribute). */
    public List<StatedTarget> statedTargets(long targetId) {
        return Target.getEntityManager().unwrap(Session.class).doReturningWork(connection ->
                TargetStatementRows.read(connection, List.of(targetId))).getOrDefault(targetId, List.of());
    }

    /**
     * The targets of one metric across regions: keyed by its synonym-table name, or by the catalogue indicator it
     * names (catalogueId, may be null).
     */
    public List<Target> byCanonicalMetric(String canonical, String catalogueId, String period) {
        String id = catalogueId == null ? "" : catalogueId;
        if (period == null || period.isBlank()) {
            return Target.list("canonicalMetric = ?1 or catalogueId = ?2", Sort.by("region").and("period"),
                    canonical, id);
        }
        String p = PlanPeriods.normalise(period);
        return Target.list("(canonicalMetric = ?1 or catalogueId = ?2) and period = ?3", Sort.by("region"), canonical,
                id, p == null ? period.strip() : p);
    }
}
