package org.plantrack.targetservice.repository;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.service.AggregationService;
import org.plantrack.targetservice.service.MetricNormalizer;
import org.plantrack.targetservice.service.PlanPeriods;

import java.util.List;
import java.util.Map;

/** Filtered, paged, sorted reads of indicators. */
@ApplicationScoped
public class IndicatorRepository {

    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("year", "year"), Map.entry("value", "canonicalValue"), Map.entry("metric", "canonicalMetric"),
            Map.entry("region", "region"), Map.entry("regionCode", "regionCode"), Map.entry("documentId", "documentId"), Map.entry("kind", "kind"),
            Map.entry("confidence", "confidence"), Map.entry("start", "start"), Map.entry("period", "period"),
            Map.entry("domain", "domain"), Map.entry("id", "id"));
    private static final Sort DEFAULT_SORT = Sort.by("documentId").and("start").and("id");

    private final MetricNormalizer metrics;

    public IndicatorRepository(MetricNormalizer metrics) {
        this.metrics = metrics;
    }

    public record PageOf<T>(List<T> items, long total) {
    }

    public PageOf<Indicator> find(QueryFilter f) {
        f.validate();
        JpqlBuilder b = conditions(f);
        var query = Indicator.<Indicator>find(b.query(), JpqlBuilder.sort(f.sort, SORTABLE, DEFAULT_SORT), b.params());
        long total = query.count();
        return new PageOf<>(query.page(Page.of(f.page, f.size)).list(), total);
    }

    JpqlBuilder conditions(QueryFilter f) {
        JpqlBuilder b = new JpqlBuilder();
        if (QueryFilter.has(f.documentId)) {
            b.where("documentId = :documentId", "documentId", f.documentId.strip());
        }
        // 未知 is how the lists show indicators without a region (stored as null)
        RegionCondition.add(b, "", f.region, f.within, AggregationService.UNKNOWN_REGION, null);
        if (QueryFilter.has(f.metric)) {
            String written = f.metric.strip();
            String canonical = metrics.canonical(written, null);
            b.where("(metric = :metric or canonicalMetric = :canonical or canonicalMetric like :canonicalChange)",
                    "metric", written);
            b.params().and("canonical", canonical).and("canonicalChange", canonical + "·%");
        }
        if (QueryFilter.has(f.indicator)) {
            b.where("catalogueId = :indicator", "indicator", f.indicator.strip());
        }
        if (QueryFilter.has(f.domain)) {
            b.where("domain = :domain", "domain", f.domain.strip());
        }
        if (QueryFilter.has(f.kind)) {
            b.where("kind = :kind", "kind", f.kind.strip());
        }
        if (QueryFilter.has(f.period)) {
            String p = PlanPeriods.normalise(f.period);
            b.where("period = :period", "period", p == null ? f.period.strip() : p);
        }
        if (f.yearFrom != null) {
            b.where("year >= :yearFrom", "yearFrom", f.yearFrom);
        }
        if (f.yearTo != null) {
            b.where("year <= :yearTo", "yearTo", f.yearTo);
        }
        if (QueryFilter.has(f.q)) {
            b.where("lower(sentence) like :q escape '\\'", "q", JpqlBuilder.like(f.q));
        }
        return b;
    }
}
