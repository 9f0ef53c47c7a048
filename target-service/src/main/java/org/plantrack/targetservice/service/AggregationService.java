package org.plantrack.targetservice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.events.Topics;
import org.plantrack.targetservice.domain.CleanedSpan;
import org.plantrack.targetservice.domain.DocumentRun;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.domain.Target;
import org.plantrack.targetservice.region.Regions;
import org.plantrack.targetservice.region.StoredRegion;
import org.plantrack.targetservice.repository.IndicatorRows;
import org.plantrack.targetservice.repository.TargetOutbox;
import org.plantrack.outbox.OutboxRecord;
import org.plantrack.outbox.OutboxWritten;
import org.plantrack.targetservice.repository.TargetRows;
import org.plantrack.targetservice.repository.TargetStatementRows;
import org.plantrack.observability.TraceContext;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies indicator sets to the database. One document's set is replaced as a whole in one transaction: indicators
 * no longer present are retracted, new ones added, unchanged ones (same stable id, same target) left alone. Every
 * target touched is recomputed from its indicators under a row lock, so concurrent documents about the same target
 * serialise instead of overwriting each other. The events describing the change go to the outbox in the same
 * transaction and are published after the commit.
 */
@ApplicationScoped
public class AggregationService {

    private static final Logger LOG = Logger.getLogger(AggregationService.class);
    public static final String UNKNOWN_REGION = "未知";

    private final EntityManager em;
    private final MetricNormalizer metrics;
    private final Event<OutboxWritten> outboxWritten;

    public AggregationService(EntityManager em, MetricNormalizer metrics, Event<OutboxWritten> outboxWritten) {
        this.em = em;
        this.metrics = metrics;
        this.outboxWritten = outboxWritten;
    }

    /** What applying one event did. */
    public record Result(boolean applied, String reason, int added, int retracted, int targetsChanged) {
    }

    /** Applies one set on its own: the same path as a poll of one (its run and targets locked up front). */
    @Transactional
    public Result apply(IndicatorsExtractedV1 event) {
        return applyInBatch(event, lockBatch(List.of(event)));
    }

    /**
     * Applies one set within a poll's transaction, after {@link #lockBatch}: the set's targets are looked up in the
     * batch's map and were locked already. The persistence context is flushed and cleared afterwards, so a poll of
     * many documents does not make every later flush check the entities of the earlier ones.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result applyInBatch(IndicatorsExtractedV1 event, BatchLocks batch) {
        Result result = apply(event, batch);
        em.flush();
        em.clear();
        return result;
    }

    /**
     * What a poll's transaction has locked and resolved so far: the documents' runs, and every target their sets
     * can touch (new keys and the targets of the stored indicators), taken before anything is written.
     */
    public static final class BatchLocks {
        final Map<String, Long> targetIds = new TreeMap<>();
        final Set<Long> lockedTargets = new HashSet<>();
        final Map<IndicatorsExtractedV1, List<Indicator>> normalised = new IdentityHashMap<>();
        /** Each set's indicators by id, de-duplicated once here (the first of an id wins). */
        final Map<IndicatorsExtractedV1, Map<String, IndicatorV1>> incoming = new IdentityHashMap<>();
        /**
         * The stored run of each document of the poll, read with its lock (absent: never applied), and kept up to
         * date as the poll's sets are applied, so a second set of a document in the same poll sees the first one.
         */
        final Map<String, Integer> storedRuns = new HashMap<>();
        final Instant now = Instant.now();
    }

    /**
     * Takes the locks of a whole poll up front, so that two consumers applying polls about overlapping targets
     * cannot deadlock: first the documents' runs (document id order, the order a single apply or a retraction takes
     * one of them in), then every target the poll's sets can touch in id order. Locking target by target per
     * document instead would let poll A lock T5 then T3 while poll B locks T3 then T5. Statements: one lock of the
     * runs, one read of the stored indicators' targets, one insert-if-absent and one read of the new keys, one lock
     * of all targets, for the whole poll.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchLocks lockBatch(List<IndicatorsExtractedV1> events) {
        BatchLocks batch = new BatchLocks();
        TreeSet<String> documents = new TreeSet<>();
        List<Indicator> all = new ArrayList<>();
        for (IndicatorsExtractedV1 event : events) {
            documents.add(event.documentId());
            Map<String, IndicatorV1> incoming = new LinkedHashMap<>();
            for (IndicatorV1 i : event.indicators()) {
                incoming.putIfAbsent(i.id(), i);
            }
            List<Indicator> set = new ArrayList<>(incoming.size());
            for (IndicatorV1 in : incoming.values()) {
                set.add(normalise(in, event, batch.now));
            }
            batch.normalised.put(event, set);
            batch.incoming.put(event, incoming);
            all.addAll(set);
        }
        String[] documentIds = documents.toArray(String[]::new);
        TreeSet<Long> targets = new TreeSet<>();
        em.unwrap(Session.class).doWork(connection -> {
            // the lock also reads each run: applying a set then needs no statement of its own to learn it
            try (PreparedStatement lock = connection.prepareStatement("select document_id, analysis_run "
                    + "from document_run where document_id = any(?) order by document_id for update")) {
                lock.setArray(1, connection.createArrayOf("text", documentIds));
                try (ResultSet r = lock.executeQuery()) {
                    while (r.next()) {
                        batch.storedRuns.put(r.getString(1), r.getInt(2));
                    }
                }
            }
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
        batch.targetIds.putAll(findOrCreateTargets(all));
        targets.addAll(batch.targetIds.values());
        lockTargets(targets);
        batch.lockedTargets.addAll(targets);
        return batch;
    }

    private Result apply(IndicatorsExtractedV1 event, BatchLocks batch) {
        String documentId = event.documentId();
        Integer storedRun = batch.storedRuns.get(documentId); // locked and read by lockBatch
        if (storedRun != null && storedRun > event.analysisRun()) {
            return new Result(false, "run " + event.analysisRun() + " is older than stored run " + storedRun,
                    0, 0, 0);
        }

        Map<String, IndicatorV1> incoming = batch.incoming.get(event);
        Map<String, Indicator> existing = new LinkedHashMap<>();
        if (storedRun != null) { // no stored run: the document was never applied, so it has no indicators to read
            for (Indicator i : Indicator.<Indicator>list("documentId", documentId)) {
                existing.put(i.id, i);
            }
        }

        List<Indicator> removed = new ArrayList<>();
        Map<Long, TargetChange> changes = new TreeMap<>();
        Instant now = Instant.now();
        int added = 0;
        int moved = 0;

        for (Indicator old : existing.values()) {
            if (!incoming.containsKey(old.id)) {
                removed.add(old);
                change(changes, old.targetId).retracted.add(old);
            }
        }
        List<Indicator> fresh = new ArrayList<>();
        List<Indicator> normalisedSet = batch.normalised.get(event);
        Map<String, Long> targetIds = targetIds(normalisedSet, batch); // resolved by lockBatch, but for re-created ones
        for (Indicator normalised : normalisedSet) {
            Long targetId = targetIds.get(targetKey(normalised));
            Indicator old = existing.get(normalised.id);
            if (old == null) {
                normalised.createdAt = now; // applying time, also when normalised earlier for the poll's locks
                normalised.targetId = targetId;
                fresh.add(normalised);
                change(changes, targetId).added.add(normalised);
                added++;
            } else if (Objects.equals(old.targetId, targetId) && sameReading(old, normalised)) {
                old.analysisRun = event.analysisRun(); // same id, target and fields: nothing changed for consumers
            } else {
                // The same statement (the id hashes document, offsets, metric, value, unit and kind), now grouped
                // differently (synonyms or region changed) or read differently (year, qualifier, baseline, domain,
                // confidence, sentence, cleaned span...): the stored row takes the new reading; consumers see the
                // old one retracted and the new one added, and the target is recomputed.
                change(changes, old.targetId).retracted.add(snapshot(old));
                normalised.createdAt = old.createdAt;
                copy(normalised, old);
                old.targetId = targetId;
                change(changes, targetId).added.add(old);
                moved++;
            }
        }
        // Every write below changes the statement groups of the targets concerned (triggers, V7): their row locks
        // were taken by lockBatch, in id order, so two documents about the same targets queue instead of locking
        // group rows in different orders and deadlocking. Only a target an earlier set of the poll removed and this
        // one re-created is locked here. Nothing was written yet (the changes to entities of the loop above wait for
        // the flush).
        Set<Long> missing = new TreeSet<>(changes.keySet());
        missing.removeAll(batch.lockedTargets);
        lockTargets(missing);
        batch.lockedTargets.addAll(missing);
        // one insert statement for the set's new indicators (IndicatorRows), before the flush below writes the
        // rare updates and deletes: the order the entities' flush used (inserts first)
        em.unwrap(Session.class).doWork(connection -> IndicatorRows.insert(connection, fresh));
        for (Indicator gone : removed) {
            gone.delete();
        }

        em.flush();
        storeRun(event, storedRun == null, incoming.size(), now); // locked (or absent) since lockBatch
        batch.storedRuns.put(documentId, event.analysisRun());

        int targetsChanged = recompute(changes, documentId, batch);
        return new Result(true, null, added + moved, removed.size() + moved, targetsChanged);
    }

    /**
     * Writes the document's run with one statement, without loading it: an insert when lockBatch found none, else an
     * update of the row it locked. A plain insert, as persisting the entity was: should another instance have
     * applied the document meanwhile, the insert fails on the primary key and the poll is retried, seeing its run.
     */
    private void storeRun(IndicatorsExtractedV1 event, boolean newRun, int indicatorCount, Instant now) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement write = connection.prepareStatement(newRun
                    ? "insert into document_run (analysis_run, region, region_level, plan_period, document_date, "
                    + "indicator_count, updated_at, document_id) values (?, ?, ?, ?, ?, ?, ?, ?)"
                    : "update document_run set analysis_run = ?, region = ?, region_level = ?, plan_period = ?, "
                    + "document_date = ?, indicator_count = ?, updated_at = ? where document_id = ?")) {
                write.setInt(1, event.analysisRun());
                write.setString(2, event.region());
                write.setString(3, event.regionLevel());
                write.setString(4, event.planPeriod());
                write.setString(5, event.documentDate());
                write.setInt(6, indicatorCount);
                write.setObject(7, now.atOffset(ZoneOffset.UTC));
                write.setString(8, event.documentId());
                write.executeUpdate();
            }
        });
    }

    /**
     * The target id of every key of the set: from the poll's map, else found or created (two statements), which
     * happens only for a target an earlier set of the poll removed.
     */
    private Map<String, Long> targetIds(List<Indicator> set, BatchLocks batch) {
        List<Indicator> unknown = new ArrayList<>();
        for (Indicator i : set) {
            if (!batch.targetIds.containsKey(targetKey(i))) {
                unknown.add(i);
            }
        }
        if (!unknown.isEmpty()) {
            batch.targetIds.putAll(findOrCreateTargets(unknown));
        }
        return batch.targetIds;
    }

    /**
     * Retracts every indicator of a deleted document ({@code DocumentDeletedV1}): an empty set stored under the
     * deletion's run, which ingest-service numbered above every run it handed to analysis, so a late set of an older
     * run cannot bring the indicators back. The usual run rule makes it idempotent and keeps a document uploaded
     * again: a set of a later run that was applied first is newer than the deletion, which is then ignored.
     */
    @Transactional
    public Result retractDocument(String documentId, int deletedRun) {
        DocumentRun run = em.find(DocumentRun.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        return apply(new IndicatorsExtractedV1(EventIds.newId(), IndicatorsExtractedV1.SCHEMA_VERSION, documentId,
                deletedRun, run == null ? null : run.region, run == null ? null : run.regionLevel,
                run == null ? null : run.planPeriod, run == null ? null : run.documentDate, List.of(), Instant.now()));
    }

    /**
     * Locks every touched target (one statement, in id order so concurrent documents cannot deadlock), reads their
     * indicators collapsed into statement groups (two statements), updates each summary once and queues the events of
     * the whole document in one JDBC batch. Returns how many targets changed.
     */
    int recompute(Map<Long, TargetChange> changes, String documentId, BatchLocks batch) {
        List<Long> ids = new ArrayList<>();
        for (Map.Entry<Long, TargetChange> e : changes.entrySet()) {
            if (!e.getValue().added.isEmpty() || !e.getValue().retracted.isEmpty()) {
                ids.add(e.getKey());
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        // Targets were only read as (id, key) pairs so far: this query reads them fresh, under the row lock, as
        // plain rows (TargetRows: not entities); their new summaries are written below in one statement
        List<Target> targets = em.unwrap(Session.class).doReturningWork(connection ->
                TargetRows.lockAndRead(connection, ids));
        Map<Long, Members> members = statements(ids);
        Map<Long, List<StatedTarget>> stated = em.unwrap(Session.class).doReturningWork(connection ->
                TargetStatementRows.read(connection, ids));
        List<OutboxRow> rows = new ArrayList<>();
        List<Target> updated = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        int changed = 0;
        for (Target target : targets) {
            Members m = members.getOrDefault(target.id, Members.NONE);
            if (recompute(target, changes.get(target.id), m, stated.getOrDefault(target.id, List.of()), documentId,
                    rows)) {
                changed++;
                if (m.indicators() == 0) {
                    removed.add(target.id);
                } else {
                    updated.add(target);
                }
            }
            if (m.indicators() == 0) {
                // removed: a later set of the poll with this key creates (and locks) a new row
                batch.targetIds.remove(target.targetKey);
                batch.lockedTargets.remove(target.id);
            }
        }
        em.unwrap(Session.class).doWork(connection -> TargetRows.write(connection, updated, removed));
        writeOutbox(rows);
        return changed;
    }

    /** The indicators of one target as the summary sees them: statement groups and counts. */
    record Members(List<Statements> statements, int indicators, int documents) {
        static final Members NONE = new Members(List.of(), 0, 0);
    }

    /**
     * The statement groups of the given targets ({@link Statements}) and their indicator and document counts, read
     * from the tables the V6/V7 triggers keep up to date with every change of the indicator table: rows
     * agreeing on every field the summary rules read form one group with a count, the document range, the newest
     * statement and the smallest id. A popular target has thousands of indicators (news repeats plan figures) but
     * tens of distinct statements; the summary reads only those, so neither Java nor PostgreSQL does more work per
     * document as a target's history grows. The document's own changes were flushed before, so the groups include
     * them.
     */
    Map<Long, Members> statements(List<Long> targetIds) {
        Map<Long, List<Statements>> groups = new TreeMap<>();
        Map<Long, Members> out = new TreeMap<>();
        Long[] idArray = targetIds.toArray(Long[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement grouped = connection.prepareStatement("select target_id, members, year, "
                    + "inferred_year, kind, change, canonical_unit, unit, min_value, canonical_value, qualifier, "
                    + "canonical_baseline, first_document, last_document, newest_at, newest_id, smallest_id "
                    + "from statement_group where target_id = any(?)")) {
                grouped.setArray(1, connection.createArrayOf("bigint", idArray));
                try (ResultSet r = grouped.executeQuery()) {
                    while (r.next()) {
                        OffsetDateTime newest = r.getObject(15, OffsetDateTime.class);
                        groups.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Statements(
                                r.getInt(2), r.getObject(3, Integer.class), r.getObject(4, Integer.class),
                                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getBigDecimal(9),
                                r.getBigDecimal(10), r.getString(11), r.getBigDecimal(12), r.getString(13),
                                r.getString(14), newest == null ? null : newest.toInstant(), r.getString(16),
                                r.getString(17), List.of()));
                    }
                }
            }
            // kept per target by the triggers (V7): no scan of the target's documents, whose number only grows
            try (PreparedStatement counts = connection.prepareStatement("select target_id, members, documents "
                    + "from target_tally where target_id = any(?)")) {
                counts.setArray(1, connection.createArrayOf("bigint", idArray));
                try (ResultSet r = counts.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getLong(1), new Members(groups.getOrDefault(r.getLong(1), List.of()), r.getInt(2),
                                r.getInt(3)));
                    }
                }
            }
        });
        return out;
    }

    /** Updates one locked target from its indicators and queues its events; false if nothing changed. */
    boolean recompute(Target target, TargetChange change, Members members, List<StatedTarget> stated,
                      String documentId, List<OutboxRow> rows) {
        for (Indicator r : change.retracted) {
            rows.add(new OutboxRow(Topics.INDICATOR_EVENTS, target.targetKey, new IndicatorEventV1(EventIds.newId(),
                    IndicatorEventV1.SCHEMA_VERSION, IndicatorEventV1.Type.RETRACTED, target.targetKey,
                    target.canonicalMetric, IndicatorMapper.toEvent(r), Instant.now())));
        }
        for (Indicator a : change.added) {
            rows.add(new OutboxRow(Topics.INDICATOR_EVENTS, target.targetKey, new IndicatorEventV1(EventIds.newId(),
                    IndicatorEventV1.SCHEMA_VERSION, IndicatorEventV1.Type.ADDED, target.targetKey,
                    target.canonicalMetric, IndicatorMapper.toEvent(a), Instant.now())));
        }
        if (change.added.isEmpty() && change.retracted.isEmpty()) {
            return false;
        }
        TargetGrading.Grade grade = TargetGrading.grade(TargetCalculator.summarise(target.period,
                members.statements(), members.indicators(), members.documents()), target.catalogueId,
                target.canonicalMetric, stated);
        TargetState state = grade.state();
        List<String> what = describe(change, documentId, target, state);
        String previousStatus = target.status;
        boolean statusChanged = !Objects.equals(previousStatus, grade.status());
        if (statusChanged) {
            what.add("status");
        }
        store(target, state); // written by the caller, with the other targets of the set
        target.stated = !stated.isEmpty();
        target.status = grade.status();
        target.attribute = grade.attribute();
        if (members.indicators() == 0) {
            what.add("target removed: no indicators left");
        }
        rows.add(new OutboxRow(Topics.TARGETS_UPDATED, target.targetKey, toEvent(target, state, what,
                statusChanged ? previousStatus : null)));
        return true;
    }

    static void store(Target target, TargetState s) {
        target.unit = s.unit();
        target.canonicalUnit = s.canonicalUnit();
        target.unitFactor = s.unitFactor();
        target.baseline = s.baseline();
        target.baselineYear = s.baselineYear();
        target.latestActual = s.latestActual();
        target.latestActualYear = s.latestActualYear();
        target.targetValue = s.targetValue();
        target.targetYear = s.targetYear();
        target.targetQualifier = s.targetQualifier();
        target.progress = s.progress();
        target.conflicts = s.conflicts().size();
        target.indicatorCount = s.indicatorCount();
        target.documentCount = s.documentCount();
        target.updatedAt = Instant.now();
    }

    private static List<String> describe(TargetChange change, String documentId, Target before, TargetState after) {
        List<String> what = new ArrayList<>();
        for (Indicator a : change.added) {
            what.add("added " + a.kind + " " + plain(a.value) + nz(a.unit) + (a.year == null ? "" : " (" + a.year + ")")
                    + " from document " + a.documentId);
        }
        for (Indicator r : change.retracted) {
            what.add("retracted " + r.kind + " " + plain(r.value) + nz(r.unit)
                    + (r.year == null ? "" : " (" + r.year + ")") + " of document " + documentId);
        }
        if (!Objects.equals(before.progress, after.progress())) {
            what.add("progress " + before.progress + " -> " + after.progress());
        }
        if (before.conflicts != after.conflicts().size()) {
            what.add("conflicts " + before.conflicts + " -> " + after.conflicts().size());
        }
        if (!sameNumber(before.targetValue, after.targetValue())) {
            what.add("target value " + plain(before.targetValue) + " -> " + plain(after.targetValue()));
        }
        return what;
    }

    private static TargetUpdatedV1 toEvent(Target t, TargetState s, List<String> what, String previousStatus) {
        return new TargetUpdatedV1(EventIds.newId(), TargetUpdatedV1.SCHEMA_VERSION, t.targetKey, t.id, t.region,
                t.canonicalMetric, t.period, s.unit(), s.baseline(), s.baselineYear(), s.latestActual(),
                s.latestActualYear(), s.targetValue(), s.targetYear(), s.targetQualifier(), s.progress(),
                s.conflicts().size(), List.copyOf(what), Instant.now(), t.status, previousStatus, t.regionCode,
                t.regionLevel, t.regionParentCode);
    }

    /** One event waiting to be written to the outbox. */
    record OutboxRow(String topic, String key, Object event) {
    }

    /**
     * Writes the events of the whole set as one outbox row (one insert, in list order: the publisher sends them in
     * that order), then tells the publisher, which acts on it after the commit only.
     */
    private void writeOutbox(List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.flush(); // entity changes first, as before: the outbox row describes them
        List<OutboxRecord> records = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            records.add(new OutboxRecord(row.topic(), row.key(), EventJson.toBytes(row.event())));
        }
        String traceparent = TraceContext.current(); // the publisher continues this trace
        em.unwrap(Session.class).doWork(connection ->
                TargetOutbox.TABLE.insert(connection, records, traceparent));
        outboxWritten.fire(new OutboxWritten());
    }

    Indicator normalise(IndicatorV1 in, IndicatorsExtractedV1 event, Instant now) {
        Indicator i = new Indicator();
        i.id = in.id();
        i.documentId = event.documentId();
        i.analysisRun = event.analysisRun();
        i.metric = in.metric() == null ? "" : in.metric().strip();
        i.regionLevel = event.regionLevel(); // the document's: what synonyms restricted to a level look at
        i.canonicalMetric = metrics.canonical(i.metric, i.regionLevel) + changeSuffix(in.change());
        i.value = in.value();
        i.unit = in.unit();
        Units.Canonical unit = Units.canonical(in.unit());
        i.canonicalValue = unit.apply(in.value());
        i.canonicalUnit = unit.unit();
        i.kind = in.kind() == null ? "actual" : in.kind();
        i.qualifier = in.qualifier();
        i.change = in.change();
        i.baseline = in.baseline();
        i.canonicalBaseline = unit.apply(in.baseline());
        i.year = in.year();
        i.sentence = in.sentence();
        i.start = in.start();
        i.end = in.end();
        i.cleaned = IndicatorMapper.toEntity(in.cleaned());
        i.domain = in.domain();
        i.confidence = in.confidence();
        storeRegion(i, in.region() != null ? in.region() : event.region(), in.regionCode(), event.regionLevel());
        i.planPeriod = PlanPeriods.normalise(in.planPeriod() != null ? in.planPeriod() : event.planPeriod());
        i.period = effectivePeriod(i.planPeriod, event.documentDate(), i.year);
        i.inferredYear = i.year != null ? null : inferYear(i.kind, i.planPeriod, event.documentDate(), i.period);
        i.createdAt = now;
        CatalogueMetrics.Match match = CatalogueMetrics.of(in, i.region);
        i.catalogueId = match == null ? null : match.id();
        i.catalogueName = match == null ? null : match.name();
        i.attribute = CatalogueMetrics.attribute(in.attribute());
        return i;
    }

    /** The registry's region (standard name, code, level, parent) when it resolves, else the name as written. */
    private static void storeRegion(Indicator i, String name, String code, String documentLevel) {
        StoredRegion r = Regions.of(blankToNull(name), blankToNull(code), documentLevel);
        i.region = r.name();
        i.regionCode = r.code();
        i.regionParentCode = r.parentCode();
        if (r.resolved()) {
            i.regionLevel = r.level();
        }
    }

    /** A change (增长7%, 下降13.5%) is a different quantity from the level it changes: its own target. */
    static String changeSuffix(String change) {
        if ("increase".equals(change)) {
            return "·增长";
        }
        if ("decrease".equals(change)) {
            return "·下降";
        }
        return "";
    }

    /** The document's plan period; else the period of its date; else of the indicator's year. */
    static String effectivePeriod(String planPeriod, String documentDate, Integer year) {
        if (planPeriod != null) {
            return planPeriod;
        }
        String byDate = PlanPeriods.ofYear(PlanPeriods.yearOf(documentDate));
        if (byDate != null) {
            return byDate;
        }
        String byYear = PlanPeriods.ofYear(year);
        return byYear != null ? byYear : PlanPeriods.UNKNOWN;
    }

    /**
     * The year an undated indicator refers to. A target without a year is due at the end of its period (十四五 ->
     * 2025). An actual without a year in a plan-period document describes the year before the period (the review of
     * the previous plan: 2020 for 十四五); in another dated document (a work report of 2023) the year before it.
     */
    static Integer inferYear(String kind, String planPeriod, String documentDate, String period) {
        if ("target".equals(kind)) {
            return PlanPeriods.endYear(period);
        }
        if (planPeriod != null) {
            Integer start = PlanPeriods.startYear(planPeriod);
            return start == null ? null : start - 1;
        }
        Integer documentYear = PlanPeriods.yearOf(documentDate);
        return documentYear == null ? null : documentYear - 1;
    }

    private static String targetKey(Indicator i) {
        return Target.key(i.regionCode != null ? i.regionCode : i.region == null ? UNKNOWN_REGION : i.region,
                targetMetric(i), i.period);
    }

    /** The metric the indicator's target is keyed by: its catalogue indicator where it names one (TargetMetric). */
    private static String targetMetric(Indicator i) {
        return TargetMetric.of(i.metric, i.canonicalMetric, i.catalogueName, i.change, i.regionLevel);
    }

    /**
     * The target id of every key the set uses: one insert-if-absent for all of them (in the database, so two
     * instances creating the same target do not both succeed) and one read of (id, key). Targets are not loaded as
     * entities here: {@link #recompute(Map, String, BatchLocks)} loads them under a lock, so it sees their current state.
     */
    private Map<String, Long> findOrCreateTargets(List<Indicator> indicators) {
        Map<String, Indicator> byKey = new TreeMap<>(); // sorted: concurrent inserts take the key locks in one order
        for (Indicator i : indicators) {
            byKey.putIfAbsent(targetKey(i), i);
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        if (byKey.isEmpty()) {
            return ids;
        }
        em.flush(); // JDBC work below bypasses Hibernate: pending changes (e.g. a target removed earlier) go first
        List<String> keys = new ArrayList<>(byKey.keySet());
        String[] regions = new String[keys.size()];
        String[] metrics = new String[keys.size()];
        String[] periods = new String[keys.size()];
        String[][] regionFacts = new String[3][keys.size()]; // code, level, parent code
        String[] catalogueIds = new String[keys.size()];
        String[] catalogueNames = new String[keys.size()];
        for (int n = 0; n < keys.size(); n++) {
            Indicator i = byKey.get(keys.get(n));
            regions[n] = i.region == null ? UNKNOWN_REGION : i.region;
            metrics[n] = targetMetric(i);
            periods[n] = i.period;
            regionFacts[0][n] = i.regionCode;
            regionFacts[1][n] = i.regionCode == null ? null : i.regionLevel;
            regionFacts[2][n] = i.regionParentCode;
            boolean byCatalogue = TargetMetric.keyedByCatalogue(i.metric, i.catalogueName, i.regionLevel);
            catalogueIds[n] = byCatalogue ? i.catalogueId : null;
            catalogueNames[n] = byCatalogue ? i.catalogueName : null;
        }
        String[] keyArray = keys.toArray(String[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into target (target_key, region, canonical_metric, period, catalogue_id, catalogue_name, "
                            + "updated_at, region_code, region_level, region_parent_code) select k, r, m, p, c, n, "
                            + "now(), rc, rl, rp from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                            + "?::text[], ?::text[], ?::text[], ?::text[]) as u(k, r, m, p, c, n, rc, rl, rp) "
                            + "order by k on conflict (target_key) do nothing")) {
                insert.setArray(1, connection.createArrayOf("text", keyArray));
                insert.setArray(2, connection.createArrayOf("text", regions));
                insert.setArray(3, connection.createArrayOf("text", metrics));
                insert.setArray(4, connection.createArrayOf("text", periods));
                insert.setArray(5, connection.createArrayOf("text", catalogueIds));
                insert.setArray(6, connection.createArrayOf("text", catalogueNames));
                insert.setArray(7, connection.createArrayOf("text", regionFacts[0]));
                insert.setArray(8, connection.createArrayOf("text", regionFacts[1]));
                insert.setArray(9, connection.createArrayOf("text", regionFacts[2]));
                insert.executeUpdate();
            }
            // a statement of its own, so its snapshot sees keys another transaction inserted while ours waited;
            // plain JDBC: as HQL its IN list of ~64 keys was translated anew for every length
            try (PreparedStatement select = connection.prepareStatement(
                    "select target_key, id from target where target_key = any(?)")) {
                select.setArray(1, connection.createArrayOf("text", keyArray));
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        ids.put(r.getString(1), r.getLong(2));
                    }
                }
            }
        });
        return ids;
    }

    /** Locks the given targets' rows for this transaction, in id order (one statement). */
    private void lockTargets(Set<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return;
        }
        Long[] ids = new TreeSet<>(targetIds).toArray(Long[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select id from target where id = any(?) order by id for update")) {
                lock.setArray(1, connection.createArrayOf("bigint", ids));
                lock.executeQuery().close();
            }
        });
    }

    private static TargetChange change(Map<Long, TargetChange> changes, Long targetId) {
        return changes.computeIfAbsent(targetId, id -> new TargetChange());
    }

    private static Indicator snapshot(Indicator source) {
        Indicator copy = new Indicator();
        copy(source, copy);
        copy.targetId = source.targetId;
        return copy;
    }

    private static void copy(Indicator from, Indicator to) {
        to.id = from.id;
        to.documentId = from.documentId;
        to.analysisRun = from.analysisRun;
        to.metric = from.metric;
        to.canonicalMetric = from.canonicalMetric;
        to.value = from.value;
        to.unit = from.unit;
        to.canonicalValue = from.canonicalValue;
        to.canonicalUnit = from.canonicalUnit;
        to.kind = from.kind;
        to.qualifier = from.qualifier;
        to.change = from.change;
        to.baseline = from.baseline;
        to.canonicalBaseline = from.canonicalBaseline;
        to.year = from.year;
        to.inferredYear = from.inferredYear;
        to.sentence = from.sentence;
        to.start = from.start;
        to.end = from.end;
        to.cleaned = copy(from.cleaned);
        to.domain = from.domain;
        to.confidence = from.confidence;
        to.region = from.region;
        to.regionLevel = from.regionLevel;
        to.regionCode = from.regionCode;
        to.regionParentCode = from.regionParentCode;
        to.planPeriod = from.planPeriod;
        to.period = from.period;
        to.createdAt = from.createdAt;
        to.catalogueId = from.catalogueId;
        to.catalogueName = from.catalogueName;
        to.attribute = from.attribute;
    }

    private static CleanedSpan copy(CleanedSpan from) {
        if (from == null) {
            return null;
        }
        CleanedSpan to = new CleanedSpan();
        to.valueStart = from.valueStart;
        to.valueEnd = from.valueEnd;
        to.sentenceStart = from.sentenceStart;
        to.sentenceEnd = from.sentenceEnd;
        return to;
    }

    /**
     * True when a stored indicator and its new reading agree on every field {@link #copy(Indicator, Indicator)}
     * copies but the run and the creation time (numbers by value: the database gives them another scale).
     */
    static boolean sameReading(Indicator a, Indicator b) {
        return Objects.equals(a.id, b.id) && Objects.equals(a.documentId, b.documentId)
                && Objects.equals(a.metric, b.metric) && Objects.equals(a.canonicalMetric, b.canonicalMetric)
                && sameNumber(a.value, b.value) && Objects.equals(a.unit, b.unit)
                && sameNumber(a.canonicalValue, b.canonicalValue) && Objects.equals(a.canonicalUnit, b.canonicalUnit)
                && Objects.equals(a.kind, b.kind) && Objects.equals(a.qualifier, b.qualifier)
                && Objects.equals(a.change, b.change) && sameNumber(a.baseline, b.baseline)
                && sameNumber(a.canonicalBaseline, b.canonicalBaseline) && Objects.equals(a.year, b.year)
                && Objects.equals(a.inferredYear, b.inferredYear) && Objects.equals(a.sentence, b.sentence)
                && a.start == b.start && a.end == b.end && sameSpan(a.cleaned, b.cleaned)
                && Objects.equals(a.domain, b.domain) && Double.compare(a.confidence, b.confidence) == 0
                && Objects.equals(a.region, b.region) && Objects.equals(a.regionLevel, b.regionLevel)
                && Objects.equals(a.regionCode, b.regionCode) && Objects.equals(a.regionParentCode, b.regionParentCode)
                && Objects.equals(a.planPeriod, b.planPeriod) && Objects.equals(a.period, b.period);
    }

    /** A span of all nulls is stored as no span (an embedded object without values loads as null). */
    private static boolean sameSpan(CleanedSpan a, CleanedSpan b) {
        CleanedSpan none = new CleanedSpan();
        CleanedSpan x = a == null ? none : a;
        CleanedSpan y = b == null ? none : b;
        return Objects.equals(x.valueStart, y.valueStart) && Objects.equals(x.valueEnd, y.valueEnd)
                && Objects.equals(x.sentenceStart, y.sentenceStart) && Objects.equals(x.sentenceEnd, y.sentenceEnd);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "none" : v.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Indicators entering and leaving one target within one event. */
    static final class TargetChange {
        final List<Indicator> added = new ArrayList<>();
        final List<Indicator> retracted = new ArrayList<>();
    }
}
