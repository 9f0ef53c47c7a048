package org.plantrack.targetservice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.events.Topics;
import org.plantrack.targetservice.domain.DocumentRun;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.domain.OutboxEntry;
import org.plantrack.targetservice.domain.Target;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    public AggregationService(EntityManager em, MetricNormalizer metrics) {
        this.em = em;
        this.metrics = metrics;
    }

    /** What applying one event did. */
    public record Result(boolean applied, String reason, int added, int retracted, int targetsChanged) {
    }

    @Transactional
    public Result apply(IndicatorsExtractedV1 event) {
        String documentId = event.documentId();
        DocumentRun run = em.find(DocumentRun.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (run != null && run.analysisRun > event.analysisRun()) {
            return new Result(false, "run " + event.analysisRun() + " is older than stored run " + run.analysisRun,
                    0, 0, 0);
        }

        Map<String, IndicatorV1> incoming = new LinkedHashMap<>();
        for (IndicatorV1 i : event.indicators()) {
            incoming.putIfAbsent(i.id(), i);
        }
        Map<String, Indicator> existing = new LinkedHashMap<>();
        for (Indicator i : Indicator.<Indicator>list("documentId", documentId)) {
            existing.put(i.id, i);
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
        for (IndicatorV1 in : incoming.values()) {
            Indicator normalised = normalise(in, event, now);
            Target target = findOrCreateTarget(normalised);
            Indicator old = existing.get(in.id());
            if (old == null) {
                normalised.targetId = target.id;
                normalised.persist();
                change(changes, target.id).added.add(normalised);
                added++;
            } else if (Objects.equals(old.targetId, target.id)) {
                old.analysisRun = event.analysisRun(); // same id, same target: nothing changed for consumers
            } else {
                // same indicator, now grouped differently (synonyms or region changed): retract there, add here
                change(changes, old.targetId).retracted.add(snapshot(old));
                normalised.createdAt = old.createdAt;
                copy(normalised, old);
                old.targetId = target.id;
                change(changes, target.id).added.add(old);
                moved++;
            }
        }
        for (Indicator gone : removed) {
            gone.delete();
        }

        boolean newRun = run == null;
        if (newRun) {
            run = new DocumentRun();
            run.documentId = documentId;
        }
        run.analysisRun = event.analysisRun();
        run.region = event.region();
        run.regionLevel = event.regionLevel();
        run.planPeriod = event.planPeriod();
        run.documentDate = event.documentDate();
        run.indicatorCount = incoming.size();
        run.updatedAt = now;
        if (newRun) {
            run.persist(); // after the fields are set: the insert takes the state at persist time
        }
        em.flush();

        int targetsChanged = 0;
        for (Map.Entry<Long, TargetChange> e : changes.entrySet()) {
            if (recompute(e.getKey(), e.getValue(), documentId)) {
                targetsChanged++;
            }
        }
        return new Result(true, null, added + moved, removed.size() + moved, targetsChanged);
    }

    /**
     * Retracts every indicator of a document (document deleted). Stores an empty set under a run that is higher
     * than any seen, so a late event of an older run cannot bring the indicators back.
     */
    @Transactional
    public Result retractDocument(String documentId) {
        DocumentRun run = em.find(DocumentRun.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        int next = run == null ? 1 : run.analysisRun + 1;
        return apply(new IndicatorsExtractedV1(EventIds.newId(), IndicatorsExtractedV1.SCHEMA_VERSION, documentId,
                next, run == null ? null : run.region, run == null ? null : run.regionLevel,
                run == null ? null : run.planPeriod, run == null ? null : run.documentDate, List.of(), Instant.now()));
    }

    /** Re-reads the target's indicators, updates its summary and queues the events; false if nothing changed. */
    boolean recompute(Long targetId, TargetChange change, String documentId) {
        Target target = em.find(Target.class, targetId, LockModeType.PESSIMISTIC_WRITE);
        if (target == null) {
            return false;
        }
        em.refresh(target); // another transaction may have changed it between our first read and the lock
        for (Indicator r : change.retracted) {
            outbox(Topics.INDICATOR_EVENTS, target.targetKey, new IndicatorEventV1(EventIds.newId(),
                    IndicatorEventV1.SCHEMA_VERSION, IndicatorEventV1.Type.RETRACTED, target.targetKey,
                    target.canonicalMetric, IndicatorMapper.toEvent(r), Instant.now()));
        }
        for (Indicator a : change.added) {
            outbox(Topics.INDICATOR_EVENTS, target.targetKey, new IndicatorEventV1(EventIds.newId(),
                    IndicatorEventV1.SCHEMA_VERSION, IndicatorEventV1.Type.ADDED, target.targetKey,
                    target.canonicalMetric, IndicatorMapper.toEvent(a), Instant.now()));
        }
        if (change.added.isEmpty() && change.retracted.isEmpty()) {
            return false;
        }
        List<Indicator> members = Indicator.list("targetId", targetId);
        TargetState state = TargetCalculator.compute(target.period, members);
        List<String> what = describe(change, documentId, target, state);
        store(target, state);
        if (members.isEmpty()) {
            target.delete();
            what.add("target removed: no indicators left");
        }
        outbox(Topics.TARGETS_UPDATED, target.targetKey, toEvent(target, state, what));
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

    private static TargetUpdatedV1 toEvent(Target t, TargetState s, List<String> what) {
        return new TargetUpdatedV1(EventIds.newId(), TargetUpdatedV1.SCHEMA_VERSION, t.targetKey, t.id, t.region,
                t.canonicalMetric, t.period, s.unit(), s.baseline(), s.baselineYear(), s.latestActual(),
                s.latestActualYear(), s.targetValue(), s.targetYear(), s.targetQualifier(), s.progress(),
                s.conflicts().size(), List.copyOf(what), Instant.now());
    }

    private void outbox(String topic, String key, Object event) {
        OutboxEntry e = new OutboxEntry();
        e.topic = topic;
        e.messageKey = key;
        e.payload = new String(EventJson.toBytes(event), StandardCharsets.UTF_8);
        e.createdAt = Instant.now();
        e.persist();
    }

    Indicator normalise(IndicatorV1 in, IndicatorsExtractedV1 event, Instant now) {
        Indicator i = new Indicator();
        i.id = in.id();
        i.documentId = event.documentId();
        i.analysisRun = event.analysisRun();
        i.metric = in.metric() == null ? "" : in.metric().strip();
        i.regionLevel = event.regionLevel();
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
        i.domain = in.domain();
        i.confidence = in.confidence();
        i.region = blankToNull(in.region() != null ? in.region() : event.region());
        i.planPeriod = PlanPeriods.normalise(in.planPeriod() != null ? in.planPeriod() : event.planPeriod());
        i.period = effectivePeriod(i.planPeriod, event.documentDate(), i.year);
        i.inferredYear = i.year != null ? null : inferYear(i.kind, i.planPeriod, event.documentDate(), i.period);
        i.createdAt = now;
        return i;
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

    private Target findOrCreateTarget(Indicator i) {
        String region = i.region == null ? UNKNOWN_REGION : i.region;
        String key = Target.key(region, i.canonicalMetric, i.period);
        // insert-if-absent in the database so two instances creating the same target do not both succeed
        em.createNativeQuery("insert into target (target_key, region, canonical_metric, period, updated_at) "
                        + "values (?1, ?2, ?3, ?4, now()) on conflict (target_key) do nothing")
                .setParameter(1, key).setParameter(2, region).setParameter(3, i.canonicalMetric)
                .setParameter(4, i.period).executeUpdate();
        return Target.<Target>find("targetKey", key).firstResult();
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
        to.domain = from.domain;
        to.confidence = from.confidence;
        to.region = from.region;
        to.regionLevel = from.regionLevel;
        to.planPeriod = from.planPeriod;
        to.period = from.period;
        to.createdAt = from.createdAt;
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
