package org.plantrack.targetservice.repository;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.plantrack.targetservice.domain.Target;
import org.plantrack.targetservice.service.AggregationService;
import org.hibernate.Session;
import org.plantrack.targetservice.service.CatalogueMetrics;
import org.plantrack.targetservice.service.MetricNormalizer;
import org.plantrack.targetservice.service.StatedSummary;
import org.plantrack.targetservice.service.StatedTarget;
import org.plantrack.targetservice.service.PlanPeriods;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code target} table. Filtered reads for the API: filters on indicator fields (document, domain, kind, years,
 * text) select the targets that have at least one such indicator. And the statements of applying a set, plain JDBC
 * on the transaction's connection (docs/decisions, plain JDBC on hot paths): find-or-create of the keys, the row
 * locks, the locked read and the one-statement write of the recomputed summaries ({@link TargetRows}).
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

    private final EntityManager em;
    private final MetricNormalizer metrics;

    public TargetRepository(EntityManager em, MetricNormalizer metrics) {
        this.em = em;
        this.metrics = metrics;
    }

    /**
     * A target a set may need: its key and what a new row of that key is created with.
     *
     * @param catalogueId   the catalogue indicator the target is keyed by, null when keyed by the synonym name
     * @param regionLevel   the registry's level, null when the region has no code
     */
    public record NewTarget(String key, String region, String metric, String period, String catalogueId,
                            String catalogueName, String regionCode, String regionLevel, String regionParentCode) {
    }

    public Target findById(long id) {
        return Target.findById(id);
    }

    /** How many targets each canonical metric has. */
    public Map<String, Long> countsByCanonicalMetric() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select t.canonicalMetric, count(t) from Target t group by t.canonicalMetric",
                Object[].class).getResultList()) {
            counts.put((String) r[0], (Long) r[1]);
        }
        return counts;
    }

    /**
     * The id of every given key. First one plain read of the keys that exist (a snapshot read: it waits for nobody),
     * then one insert-if-absent of the missing keys only (in the database, so two instances creating the same target
     * do not both succeed), in key order so concurrent inserts take the key locks in one order, and one read of
     * their ids. The caller flushes pending entity changes first: this bypasses Hibernate.
     * <p>
     * WHY read first: an insert ... on conflict do nothing of a key whose row another transaction has locked or
     * updated waits for that transaction to end, so the second consumer queued behind the first one's whole poll on
     * keys that existed long before (49 of 56 lock waits in the load benchmark, docs/benchmarks.md). A key read here
     * may belong to a target another transaction removes before the caller locks it: {@link #lock} returns what it
     * locked, and the caller creates such keys again.
     */
    public Map<String, Long> findOrCreate(List<NewTarget> wanted) {
        Map<String, Long> ids = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return ids;
        }
        em.unwrap(Session.class).doWork(connection -> {
            ids.putAll(idsOf(connection, wanted.stream().map(NewTarget::key).toArray(String[]::new)));
            List<NewTarget> missing = wanted.stream().filter(t -> !ids.containsKey(t.key()))
                    .sorted(java.util.Comparator.comparing(NewTarget::key)).toList();
            if (missing.isEmpty()) {
                return;
            }
            int n = missing.size();
            String[][] columns = new String[9][n];
            for (int r = 0; r < n; r++) {
                NewTarget t = missing.get(r);
                columns[0][r] = t.key();
                columns[1][r] = t.region();
                columns[2][r] = t.metric();
                columns[3][r] = t.period();
                columns[4][r] = t.catalogueId();
                columns[5][r] = t.catalogueName();
                columns[6][r] = t.regionCode();
                columns[7][r] = t.regionLevel();
                columns[8][r] = t.regionParentCode();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into target (target_key, region, canonical_metric, period, catalogue_id, catalogue_name, "
                            + "updated_at, region_code, region_level, region_parent_code) select k, r, m, p, c, n, "
                            + "now(), rc, rl, rp from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                            + "?::text[], ?::text[], ?::text[], ?::text[]) as u(k, r, m, p, c, n, rc, rl, rp) "
                            + "order by k on conflict (target_key) do nothing")) {
                for (int c = 0; c < columns.length; c++) {
                    insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
                }
                insert.executeUpdate();
            }
            // a statement of its own, so its snapshot sees keys another transaction inserted while ours waited
            ids.putAll(idsOf(connection, columns[0]));
        });
        return ids;
    }

    /** (key, id) of the given keys that exist. Plain JDBC: as HQL its IN list was translated anew for every length. */
    private static Map<String, Long> idsOf(java.sql.Connection connection, String[] keys) throws java.sql.SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select target_key, id from target where target_key = any(?)")) {
            select.setArray(1, connection.createArrayOf("text", keys));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    ids.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return ids;
    }

    /**
     * Locks the given targets' rows for this transaction, in id order (one statement); nothing for none. Returns the
     * ids locked: a target another transaction removed in the meantime is not among them.
     */
    public java.util.Set<Long> lock(java.util.Collection<Long> targetIds) {
        java.util.Set<Long> locked = new java.util.HashSet<>();
        if (targetIds.isEmpty()) {
            return locked;
        }
        Long[] ids = new TreeSet<>(targetIds).toArray(Long[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select id from target where id = any(?) order by id for update")) {
                lock.setArray(1, connection.createArrayOf("bigint", ids));
                try (ResultSet r = lock.executeQuery()) {
                    while (r.next()) {
                        locked.add(r.getLong(1));
                    }
                }
            }
        });
        return locked;
    }

    /** The given targets as they are now, locked (in id order), as detached plain rows ({@link TargetRows}). */
    public List<Target> lockAndRead(List<Long> ids) {
        return em.unwrap(Session.class).doReturningWork(connection -> TargetRows.lockAndRead(connection, ids));
    }

    /** Stores the summaries of {@code updated} (one statement) and deletes the rows of {@code removed}. */
    public void write(List<Target> updated, List<Long> removed) {
        em.unwrap(Session.class).doWork(connection -> TargetRows.write(connection, updated, removed));
    }

    /** The target statements of the given targets with their documents' dates; targets without one are absent. */
    public Map<Long, List<StatedTarget>> statedTargets(List<Long> targetIds) {
        return em.unwrap(Session.class).doReturningWork(connection -> TargetStatementRows.read(connection, targetIds));
    }

    /**
     * The summary of the target statements of the given targets, each for its target year and canonical unit
     * (one statement, one row per target); targets without a statement are absent. What applying a set grades with.
     */
    public Map<Long, StatedSummary> statedSummaries(List<TargetStatementSummaryRows.Wanted> wanted) {
        return em.unwrap(Session.class).doReturningWork(connection ->
                TargetStatementSummaryRows.read(connection, wanted));
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
        return statedTargets(List.of(targetId)).getOrDefault(targetId, List.of());
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
