package org.plantrack.targetservice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.Topics;
import org.plantrack.targetservice.domain.DocumentRun;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.domain.Target;
import org.plantrack.targetservice.region.Regions;
import org.plantrack.targetservice.region.StoredRegion;
import org.plantrack.targetservice.repository.DocumentRunRepository;
import org.plantrack.targetservice.repository.IndicatorColumn;
import org.plantrack.targetservice.repository.IndicatorRepository;
import org.plantrack.targetservice.repository.StatementGroupRepository;
import org.plantrack.targetservice.repository.TargetOutbox;
import org.plantrack.targetservice.repository.TargetRepository;
import org.plantrack.targetservice.repository.TargetStatementSummaryRows;
import org.plantrack.outbox.OutboxRecord;
import org.plantrack.outbox.OutboxWritten;
import org.plantrack.observability.TraceContext;

import java.math.BigDecimal;
import java.time.Instant;
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
 * transaction and are published after the commit. The statements are the repositories' (plain JDBC on this
 * transaction's connection where the apply path is hot); this class decides what to write.
 */
@ApplicationScoped
public class AggregationService {

    private static final Logger LOG = Logger.getLogger(AggregationService.class);
    public static final String UNKNOWN_REGION = "未知";

    /** Only to flush and clear the persistence context: the statements are the repositories'. */
    private final EntityManager em;
    private final MetricNormalizer metrics;
    private final IndicatorMapper mapper;
    private final TargetMapper targetEvents;
    private final DocumentRunRepository runs;
    private final IndicatorRepository indicators;
    private final TargetRepository targets;
    private final StatementGroupRepository statementGroups;
    private final TargetOutbox outbox;
    private final Event<OutboxWritten> outboxWritten;

    public AggregationService(EntityManager em, MetricNormalizer metrics, IndicatorMapper mapper,
                              TargetMapper targetEvents, DocumentRunRepository runs,
                              IndicatorRepository indicators, TargetRepository targets,
                              StatementGroupRepository statementGroups, TargetOutbox outbox,
                              Event<OutboxWritten> outboxWritten) {
        this.em = em;
        this.metrics = metrics;
        this.mapper = mapper;
        this.targetEvents = targetEvents;
        this.runs = runs;
        this.indicators = indicators;
        this.targets = targets;
        this.statementGroups = statementGroups;
        this.outbox = outbox;
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
        // the lock also reads each run: applying a set then needs no statement of its own to learn it
        batch.storedRuns.putAll(runs.lockRuns(documentIds));
        TreeSet<Long> touched = indicators.targetsOf(documentIds);
        batch.targetIds.putAll(findOrCreateTargets(all));
        touched.addAll(batch.targetIds.values());
        batch.lockedTargets.addAll(targets.lock(touched));
        lockRecreated(all, batch);
        return batch;
    }

    /**
     * The keys were read without waiting for other transactions (TargetRepository.findOrCreate): a target another
     * transaction removed (its last indicator retracted) between that read and the lock is not locked, and its key
     * is created again here and locked after the others. Rare: removing a target needs a retraction or a regrouping.
     */
    private void lockRecreated(List<Indicator> set, BatchLocks batch) {
        Set<String> gone = new TreeSet<>();
        batch.targetIds.forEach((key, id) -> {
            if (!batch.lockedTargets.contains(id)) {
                gone.add(key);
            }
        });
        while (!gone.isEmpty()) {
            gone.forEach(batch.targetIds::remove);
            List<Indicator> again = set.stream().filter(i -> gone.contains(targetKey(i))).toList();
            Map<String, Long> ids = findOrCreateTargets(again);
            batch.targetIds.putAll(ids);
            batch.lockedTargets.addAll(targets.lock(ids.values()));
            gone.clear();
            ids.forEach((key, id) -> {
                if (!batch.lockedTargets.contains(id)) {
                    gone.add(key);
                }
            });
        }
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
            for (Indicator i : indicators.ofDocument(documentId)) {
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
            } else if (Objects.equals(old.targetId, targetId) && IndicatorColumn.sameReading(old, normalised)) {
                old.analysisRun = event.analysisRun(); // same id, target and fields: nothing changed for consumers
            } else {
                // The same statement (the id hashes document, offsets, metric, value, unit and kind), now grouped
                // differently (synonyms or region changed) or read differently (year, qualifier, baseline, domain,
                // confidence, sentence, cleaned span...): the stored row takes the new reading; consumers see the
                // old one retracted and the new one added, and the target is recomputed.
                change(changes, old.targetId).retracted.add(mapper.snapshot(old));
                normalised.createdAt = old.createdAt;
                mapper.copy(normalised, old);
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
        batch.lockedTargets.addAll(targets.lock(missing));
        // the run (and its document date) first: the triggers that keep the target statements (V11_5) then date the
        // new statements right away instead of dating them by today and moving them when the run arrives
        runs.store(event, storedRun == null, incoming.size(), now); // locked (or absent) since lockBatch
        batch.storedRuns.put(documentId, event.analysisRun());
        // one insert statement for the set's new indicators (IndicatorRows), before the flush below writes the
        // rare updates and deletes: the order the entities' flush used (inserts first)
        indicators.insert(fresh);
        indicators.delete(removed);

        em.flush();

        int targetsChanged = recompute(changes, documentId, batch);
        return new Result(true, null, added + moved, removed.size() + moved, targetsChanged);
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
        DocumentRun run = runs.findLocked(documentId);
        return apply(new IndicatorsExtractedV1(EventIds.newId(), IndicatorsExtractedV1.SCHEMA_VERSION, documentId,
                deletedRun, run == null ? null : run.region, run == null ? null : run.regionLevel,
                run == null ? null : run.planPeriod, run == null ? null : run.documentDate, List.of(), Instant.now()));
    }

    /**
     * Applies a document again from its stored indicators, as if its set had arrived anew: after a change of the rules
     * that group them (a new synonym, a region the registry now resolves) the indicators move to the right target
     * with the usual RETRACTED/ADDED and target events. Nothing for a document never applied.
     */
    @Transactional
    public Result reapplyStored(String documentId) {
        DocumentRun run = runs.find(documentId);
        if (run == null) {
            return new Result(false, "document " + documentId + " has no stored run", 0, 0, 0);
        }
        List<IndicatorV1> current = indicators.ofDocument(documentId).stream().map(mapper::toEvent).toList();
        return apply(new IndicatorsExtractedV1(EventIds.newId(), IndicatorsExtractedV1.SCHEMA_VERSION, documentId,
                run.analysisRun, run.region, run.regionLevel, run.planPeriod, run.documentDate, current,
                Instant.now()));
    }

    /**
     * Locks every touched target (one statement, in id order so concurrent documents cannot deadlock), reads their
     * indicators collapsed into statement groups (two statements) and their target statements folded into one row
     * per target (one statement, {@link StatedSummary}), updates each summary once and queues the events of
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
        List<Target> locked = targets.lockAndRead(ids);
        Map<Long, TargetMembers> members = statements(ids);
        // the summaries first: each target's year and unit decide which of its target statements compete
        Map<Long, TargetState> summaries = new HashMap<>();
        List<TargetStatementSummaryRows.Wanted> wanted = new ArrayList<>(locked.size());
        for (Target target : locked) {
            TargetMembers m = members.getOrDefault(target.id, TargetMembers.NONE);
            TargetState summary = TargetCalculator.summarise(target.period, m.statements(), m.indicators(),
                    m.documents());
            summaries.put(target.id, summary);
            wanted.add(new TargetStatementSummaryRows.Wanted(target.id, summary.targetYear(),
                    summary.canonicalUnit()));
        }
        // one row per target, however many documents state it (not every statement: see StatedSummary)
        Map<Long, StatedSummary> stated = targets.statedSummaries(wanted);
        List<OutboxRow> rows = new ArrayList<>();
        List<Target> updated = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        int changed = 0;
        for (Target target : locked) {
            TargetMembers m = members.getOrDefault(target.id, TargetMembers.NONE);
            if (recompute(target, changes.get(target.id), m, summaries.get(target.id),
                    stated.getOrDefault(target.id, StatedSummary.NONE), documentId, rows)) {
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
        targets.write(updated, removed);
        writeOutbox(rows);
        return changed;
    }

    /**
     * The statement groups of the given targets ({@link Statements}) and their indicator and document counts, from the
     * tables the triggers keep ({@link StatementGroupRepository}). The document's own changes were flushed before, so
     * the groups include them.
     */
    Map<Long, TargetMembers> statements(List<Long> targetIds) {
        return statementGroups.members(targetIds);
    }

    /** Updates one locked target from its indicators and queues its events; false if nothing changed. */
    boolean recompute(Target target, TargetChange change, TargetMembers members, TargetState summary,
                      StatedSummary stated, String documentId, List<OutboxRow> rows) {
        for (Indicator r : change.retracted) {
            rows.add(new OutboxRow(Topics.INDICATOR_EVENTS, target.targetKey, new IndicatorEventV1(EventIds.newId(),
                    IndicatorEventV1.SCHEMA_VERSION, IndicatorEventV1.Type.RETRACTED, target.targetKey,
                    target.canonicalMetric, mapper.toEvent(r), Instant.now())));
        }
        for (Indicator a : change.added) {
            rows.add(new OutboxRow(Topics.INDICATOR_EVENTS, target.targetKey, new IndicatorEventV1(EventIds.newId(),
                    IndicatorEventV1.SCHEMA_VERSION, IndicatorEventV1.Type.ADDED, target.targetKey,
                    target.canonicalMetric, mapper.toEvent(a), Instant.now())));
        }
        if (change.added.isEmpty() && change.retracted.isEmpty()) {
            return false;
        }
        TargetGrading.Grade grade = TargetGrading.grade(summary, target.catalogueId, target.canonicalMetric, stated);
        TargetState state = grade.state();
        List<String> what = describe(change, documentId, target, state);
        String previousStatus = target.status;
        boolean statusChanged = !Objects.equals(previousStatus, grade.status());
        if (statusChanged) {
            what.add("status");
        }
        store(target, state); // written by the caller, with the other targets of the set
        target.stated = stated.stated();
        target.status = grade.status();
        target.attribute = grade.attribute();
        if (members.indicators() == 0) {
            what.add("target removed: no indicators left");
        }
        rows.add(new OutboxRow(Topics.TARGETS_UPDATED, target.targetKey, targetEvents.toEvent(target, what,
                statusChanged ? previousStatus : null)));
        return true;
    }

    static void store(Target target, TargetState s) {
        TargetSummaryMapper.INSTANCE.store(s, target);
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
        outbox.write(records, traceparent);
        outboxWritten.fire(new OutboxWritten());
    }

    Indicator normalise(IndicatorV1 in, IndicatorsExtractedV1 event, Instant now) {
        Indicator i = mapper.asRead(in); // the fields as read; what follows derives the others
        i.documentId = event.documentId();
        i.analysisRun = event.analysisRun();
        i.metric = in.metric() == null ? "" : in.metric().strip();
        i.regionLevel = event.regionLevel(); // the document's: what synonyms restricted to a level look at
        i.canonicalMetric = metrics.canonical(i.metric, i.regionLevel) + changeSuffix(in.change());
        Units.Canonical unit = Units.canonical(in.unit());
        i.canonicalValue = unit.apply(in.value());
        i.canonicalUnit = unit.unit();
        i.kind = in.kind() == null ? "actual" : in.kind();
        i.canonicalBaseline = unit.apply(in.baseline());
        storeRegion(i, in.region() != null ? in.region() : event.region(), in.regionCode(), event.regionLevel());
        i.planPeriod = PlanPeriods.normalise(in.planPeriod() != null ? in.planPeriod() : event.planPeriod());
        i.period = effectivePeriod(i.planPeriod, event.documentDate(), i.year);
        i.inferredYear = i.year != null ? null : inferYear(i.kind, i.planPeriod, event.documentDate(), i.period);
        i.createdAt = now;
        // a change in % of a level is the level's growth rate, an indicator of its own (GrowthRates)
        CatalogueMetrics.Match match = GrowthRates.indicatorOf(CatalogueMetrics.of(in, i.region), in.change(),
                i.canonicalUnit);
        i.canonicalValue = GrowthRates.signed(i.canonicalValue, match, in.change(), i.canonicalUnit);
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
    private Map<String, Long> findOrCreateTargets(List<Indicator> set) {
        Map<String, Indicator> byKey = new TreeMap<>();
        for (Indicator i : set) {
            byKey.putIfAbsent(targetKey(i), i);
        }
        if (byKey.isEmpty()) {
            return new LinkedHashMap<>();
        }
        List<TargetRepository.NewTarget> wanted = new ArrayList<>(byKey.size());
        byKey.forEach((key, i) -> {
            boolean byCatalogue = TargetMetric.keyedByCatalogue(i.metric, i.catalogueName, i.regionLevel);
            wanted.add(new TargetRepository.NewTarget(key, i.region == null ? UNKNOWN_REGION : i.region,
                    targetMetric(i), i.period, byCatalogue ? i.catalogueId : null,
                    byCatalogue ? i.catalogueName : null, i.regionCode, i.regionCode == null ? null : i.regionLevel,
                    i.regionParentCode));
        });
        em.flush(); // the statements below bypass Hibernate: pending changes (e.g. a target removed earlier) go first
        return targets.findOrCreate(wanted);
    }

    private static TargetChange change(Map<Long, TargetChange> changes, Long targetId) {
        return changes.computeIfAbsent(targetId, id -> new TargetChange());
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
