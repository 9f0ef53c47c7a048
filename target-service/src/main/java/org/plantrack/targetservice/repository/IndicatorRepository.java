package org.plantrack.targetservice.repository;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.service.AggregationService;
import org.plantrack.targetservice.service.MetricNormalizer;
import org.plantrack.targetservice.service.PlanPeriods;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code indicator} table: filtered, paged, sorted reads for the API, the reads and writes of applying a set
 * (the insert of a set's new indicators is one plain-JDBC statement, {@link IndicatorRows}) and the distinct
 * readings the synonym and region maintenance re-groups by.
 */
@ApplicationScoped
public class IndicatorRepository {

    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("year", "year"), Map.entry("value", "canonicalValue"), Map.entry("metric", "canonicalMetric"),
            Map.entry("region", "region"), Map.entry("regionCode", "regionCode"), Map.entry("documentId", "documentId"), Map.entry("kind", "kind"),
            Map.entry("confidence", "confidence"), Map.entry("start", "start"), Map.entry("period", "period"),
            Map.entry("domain", "domain"), Map.entry("id", "id"));
    private static final Sort DEFAULT_SORT = Sort.by("documentId").and("start").and("id");

    private final EntityManager em;
    private final MetricNormalizer metrics;

    public IndicatorRepository(EntityManager em, MetricNormalizer metrics) {
        this.em = em;
        this.metrics = metrics;
    }

    /** How a metric is stored: as written, at which level, which change, and the name it is grouped by now. */
    public record MetricReading(String metric, String regionLevel, String change, String canonicalMetric) {
    }

    /** A region stored without a code: its name and level. */
    public record UncodedRegion(String name, String level) {
    }

    /** One canonical metric: how many indicators use it, in how many regions (no region counts as one). */
    public record MetricUse(String canonicalMetric, long indicators, long regions) {
    }

    /** The stored indicators of one document. */
    public List<Indicator> ofDocument(String documentId) {
        return Indicator.list("documentId", documentId);
    }

    /** The indicators of one target. */
    public List<Indicator> ofTarget(long targetId) {
        return Indicator.list("targetId", targetId);
    }

    /** The targets the stored indicators of the given documents belong to (one statement). */
    public TreeSet<Long> targetsOf(String[] documentIds) {
        TreeSet<Long> targets = new TreeSet<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement stored = connection.prepareStatement(
                    "select distinct target_id from indicator where document_id = any(?)")) {
                stored.setArray(1, connection.createArrayOf("text", documentIds));
                try (ResultSet r = stored.executeQuery()) {
                    while (r.next()) {
                        targets.add(r.getLong(1));
                    }
                }
            }
        });
        return targets;
    }

    /** Inserts new indicators (target ids set) as one statement, in list order; nothing for none. */
    public void insert(List<Indicator> indicators) {
        if (!indicators.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> IndicatorRows.insert(connection, indicators));
        }
    }

    /** Deletes stored indicators (at the next flush, with the other entity changes). */
    public void delete(List<Indicator> indicators) {
        for (Indicator gone : indicators) {
            gone.delete();
        }
    }

    /** Every distinct way a metric is stored (what a new synonym may re-group). */
    public List<MetricReading> metricReadings() {
        return em.createQuery("select distinct i.metric, i.regionLevel, i.change, i.canonicalMetric from Indicator i",
                Object[].class).getResultList().stream()
                .map(r -> new MetricReading((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** The documents with an indicator whose metric is written so at that level. */
    public List<String> documentsWithMetric(String metric, String regionLevel) {
        return em.createQuery("select distinct i.documentId from Indicator i where i.metric = ?1 "
                        + "and coalesce(i.regionLevel, '') = ?2", String.class)
                .setParameter(1, metric).setParameter(2, regionLevel == null ? "" : regionLevel).getResultList();
    }

    /** Every region name stored without a code, with its level. */
    public List<UncodedRegion> uncodedRegions() {
        return em.createQuery("select distinct i.region, i.regionLevel from Indicator i "
                        + "where i.regionCode is null and i.region is not null", Object[].class).getResultList().stream()
                .map(r -> new UncodedRegion((String) r[0], (String) r[1])).toList();
    }

    /** The documents with indicators stored under that region name and level without a code. */
    public List<String> documentsWithUncodedRegion(UncodedRegion region) {
        return em.createQuery("select distinct i.documentId from Indicator i where "
                        + "i.regionCode is null and i.region = ?1 and coalesce(i.regionLevel, '') = ?2", String.class)
                .setParameter(1, region.name()).setParameter(2, region.level() == null ? "" : region.level())
                .getResultList();
    }

    /**
     * The documents stored before growth rates were indicators of their own ({@link
     * org.plantrack.targetservice.service.GrowthRates}): with a change in % still filed under a level that has a
     * growth rate, a decline of a growth rate stored unsigned, or an indicator on a target keyed the old way (the
     * growth rate's name with a change suffix, 地区生产总值增长·增长).
     */
    public List<String> documentsFiledBeforeGrowthRates(List<String> levelIds, List<String> growthIds,
                                                         List<String> oldGrowthKeys) {
        return em.createQuery("select distinct i.documentId from Indicator i where "
                        + "(i.catalogueId in ?1 and i.change is not null and i.canonicalUnit = '%') "
                        + "or (i.catalogueId in ?2 and i.change = 'decrease' and i.canonicalUnit = '%' "
                        + "and i.canonicalValue > 0) "
                        + "or i.targetId in (select t.id from Target t where t.canonicalMetric in ?3)", String.class)
                .setParameter(1, levelIds).setParameter(2, growthIds).setParameter(3, oldGrowthKeys)
                .getResultList();
    }

    /** Each canonical metric with its counts, most used first. */
    public List<MetricUse> metricUses() {
        return em.createQuery("select i.canonicalMetric, count(i), count(distinct coalesce(i.region, '')) "
                        + "from Indicator i group by i.canonicalMetric order by count(i) desc", Object[].class)
                .getResultList().stream().map(r -> new MetricUse((String) r[0], (Long) r[1], (Long) r[2])).toList();
    }

    /** The metrics as written of each canonical metric, both in order. */
    public List<MetricReading> metricVariants() {
        return em.createQuery("select distinct i.canonicalMetric, i.metric from Indicator i "
                        + "order by i.canonicalMetric, i.metric", Object[].class).getResultList().stream()
                .map(r -> new MetricReading((String) r[1], null, null, (String) r[0])).toList();
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
