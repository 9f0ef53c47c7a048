package org.plantrack.targetservice.service;

import org.plantrack.targetservice.domain.Indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes a target's series, baseline, latest actual, target value and progress from its indicators. Pure: the
 * same indicators always give the same state, whatever order they arrived in.
 *
 * <p>Rules, in order of precedence:
 * <ul>
 *   <li>Comparable points are levels (no change) in the dominant canonical unit; a target made only of changes
 *       (年均增长7%) compares its changes instead. Other points are listed, never mixed in.</li>
 *   <li>Points are grouped by (year, kind); an undated point uses the year inferred from its document. Two documents with different values in one group make a conflict: both
 *       values stay, the group is flagged, and the value most sources state (newest on a tie) represents it.</li>
 *   <li>Baseline: an explicit 由A…到B starting value (of a target statement first, its year the year before the
 *       period starts); else the actual of the year before the period; else the earliest dated actual.</li>
 *   <li>Target value: the target for the period's last year, else the one closest to it (later first).</li>
 *   <li>Progress: (latest actual − baseline) / (target − baseline), only when all three exist, the latest actual
 *       is later than the baseline and the target differs from the baseline.</li>
 * </ul>
 */
public final class TargetCalculator {

    private static final MathContext MC = MathContext.DECIMAL64;

    public static TargetState compute(String period, List<Indicator> indicators) {
        List<Indicator> all = indicators.stream().sorted(Comparator.comparing(i -> i.id)).toList();
        if (all.isEmpty()) {
            return new TargetState(null, null, BigDecimal.ONE, null, null, null, null, null, null, null, null, null,
                    "no indicators", List.of(), List.of(), 0, 0);
        }
        boolean hasLevels = all.stream().anyMatch(Indicator::isLevel);
        String dominant = mostFrequent(all.stream().filter(i -> !hasLevels || i.isLevel())
                .map(i -> Objects.toString(i.canonicalUnit, "")).toList());
        List<Indicator> comparable = all.stream()
                .filter(i -> (!hasLevels || i.isLevel()) && dominant.equals(Objects.toString(i.canonicalUnit, "")))
                .toList();
        String displayUnit = mostFrequent(comparable.stream().map(i -> Objects.toString(i.unit, "")).toList());
        BigDecimal factor = Units.canonical(displayUnit.isEmpty() ? null : displayUnit).factor();

        List<Group> groups = group(comparable, true, factor, displayUnit);
        // identity set: a popular target has thousands of members, List.contains per member would be quadratic
        Set<Indicator> inComparable = Collections.newSetFromMap(new IdentityHashMap<>());
        inComparable.addAll(comparable);
        List<Indicator> others = all.stream().filter(i -> !inComparable.contains(i)).toList();
        List<Group> otherGroups = group(others, false, null, null);

        Integer start = PlanPeriods.startYear(period);
        Integer end = PlanPeriods.endYear(period);

        // Baseline
        BigDecimal baseline = null;
        Integer baselineYear = null;
        String basis = null;
        Group baselineGroup = null;
        Indicator explicit = comparable.stream().filter(i -> i.canonicalBaseline != null)
                .min(Comparator.comparing((Indicator i) -> i.isTarget() ? 0 : 1)
                        .thenComparing(i -> i.effectiveYear() == null ? Integer.MAX_VALUE : -i.effectiveYear())
                        .thenComparing(i -> i.id)).orElse(null);
        if (explicit != null) {
            baseline = explicit.canonicalBaseline;
            baselineYear = explicit.isTarget() && start != null ? start - 1 : null;
            basis = "starting value stated in: " + explicit.sentence;
        } else {
            Group atStart = start == null ? null : groups.stream()
                    .filter(g -> "actual".equals(g.kind) && Objects.equals(g.year, start - 1)).findFirst().orElse(null);
            baselineGroup = atStart != null ? atStart : groups.stream()
                    .filter(g -> "actual".equals(g.kind) && g.year != null)
                    .min(Comparator.comparing(g -> g.year)).orElse(null);
            if (baselineGroup != null) {
                baseline = baselineGroup.canonical;
                baselineYear = baselineGroup.year;
                basis = atStart != null ? "actual of the year before the period" : "earliest actual";
            }
        }

        // Latest actual and target
        Group latest = groups.stream().filter(g -> "actual".equals(g.kind) && g.year != null)
                .max(Comparator.comparing(g -> g.year)).orElse(null);
        Group target = pickTarget(groups, end);

        Double progress = null;
        String note;
        if (baseline == null || latest == null || target == null) {
            note = "not computable: needs a baseline, an actual and a target ("
                    + (baseline == null ? "no baseline" : latest == null ? "no actual" : "no target") + ")";
        } else if (latest == baselineGroup || (baselineYear != null && latest.year <= baselineYear)) {
            note = "not computable: no actual after the baseline";
        } else if (target.canonical.compareTo(baseline) == 0) {
            note = "not computable: target equals baseline";
        } else {
            progress = latest.canonical.subtract(baseline)
                    .divide(target.canonical.subtract(baseline), MC)
                    .setScale(4, RoundingMode.HALF_UP).doubleValue();
            note = "(latest actual - baseline) / (target - baseline)";
        }

        List<TargetState.SeriesPoint> series = new ArrayList<>();
        groups.forEach(g -> series.add(g.toPoint()));
        otherGroups.forEach(g -> series.add(g.toPoint()));
        series.sort(Comparator.comparing((TargetState.SeriesPoint p) -> p.year() == null ? Integer.MAX_VALUE : p.year())
                .thenComparing(p -> p.comparable() ? 0 : 1)
                .thenComparing(TargetState.SeriesPoint::kind));

        List<TargetState.Conflict> conflicts = groups.stream().filter(g -> g.conflict)
                .map(g -> new TargetState.Conflict(g.year, g.kind,
                        g.distinctValues().stream().map(v -> display(v, factor)).toList(), displayUnit, g.sources()))
                .toList();

        int documents = (int) all.stream().map(i -> i.documentId).distinct().count();
        return new TargetState(displayUnit.isEmpty() ? null : displayUnit, dominant.isEmpty() ? null : dominant, factor,
                display(baseline, factor), baselineYear, basis,
                latest == null ? null : display(latest.canonical, factor), latest == null ? null : latest.year,
                target == null ? null : display(target.canonical, factor), target == null ? null : target.year,
                target == null ? null : target.qualifier,
                progress, note, List.copyOf(series), conflicts, all.size(), documents);
    }

    private static Group pickTarget(List<Group> groups, Integer end) {
        List<Group> targets = groups.stream().filter(g -> "target".equals(g.kind)).toList();
        Comparator<Group> order = Comparator.comparing((Group g) -> g.year == null ? 1 : 0);
        if (end != null) {
            order = order.thenComparing(g -> g.year == null ? 0 : Math.abs(g.year - end))
                    .thenComparing(g -> g.year == null ? 0 : -g.year);
        } else {
            order = order.thenComparing(g -> g.year == null ? 0 : -g.year);
        }
        return targets.stream().min(order).orElse(null);
    }

    static BigDecimal display(BigDecimal canonical, BigDecimal factor) {
        if (canonical == null) {
            return null;
        }
        return Numbers.clean(canonical.divide(factor == null ? BigDecimal.ONE : factor, MC));
    }

    private static String mostFrequent(List<String> values) {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(),
                LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }

    private static List<Group> group(List<Indicator> indicators, boolean comparable, BigDecimal factor,
                                     String displayUnit) {
        Map<String, List<Indicator>> byKey = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            String key = i.effectiveYear() + "|" + i.kind + "|" + (comparable ? "" : i.canonicalUnit + "|" + i.change);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<Group> out = new ArrayList<>();
        byKey.values().forEach(members -> out.add(new Group(members, comparable, factor, displayUnit)));
        return out;
    }

    /** Indicators of one (year, kind): the represented value, and whether documents disagree. */
    private static final class Group {
        final List<Indicator> members;
        final boolean comparable;
        final Integer year;
        final boolean yearInferred;
        final String kind;
        final BigDecimal canonical;
        final String qualifier;
        final boolean conflict;
        final Indicator chosen;
        final BigDecimal factor;
        final String displayUnit;

        Group(List<Indicator> members, boolean comparable, BigDecimal factor, String displayUnit) {
            this.members = members;
            this.comparable = comparable;
            this.factor = factor;
            this.displayUnit = displayUnit;
            Indicator first = members.get(0);
            this.year = first.effectiveYear();
            this.yearInferred = members.stream().allMatch(i -> i.year == null) && year != null;
            this.kind = first.kind;
            Map<BigDecimal, List<Indicator>> byValue = new HashMap<>();
            for (Indicator i : members) {
                byValue.computeIfAbsent(Numbers.clean(i.canonicalValue), v -> new ArrayList<>()).add(i);
            }
            // the value most sources state; on a tie the newest statement, then the smallest id (deterministic)
            Comparator<Indicator> newest = Comparator.comparing((Indicator i) -> i.createdAt,
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(i -> i.id, Comparator.reverseOrder());
            this.chosen = byValue.values().stream()
                    .max(Comparator.comparing((List<Indicator> l) -> l.size())
                            .thenComparing(l -> l.stream().max(newest).orElseThrow(), newest))
                    .flatMap(l -> l.stream().max(newest)).orElseThrow();
            this.canonical = chosen.canonicalValue;
            this.qualifier = chosen.qualifier;
            this.conflict = comparable && byValue.size() > 1 && crossDocumentDisagreement();
        }

        /**
         * Documents disagree when two of them state different values. An actual whose year was only inferred does
         * not count: "目前" in one document and "2020年" in another need not mean the same year.
         */
        private boolean crossDocumentDisagreement() {
            // Two firm statements from different documents with different values exist exactly when the firm
            // statements hold at least two distinct values and come from at least two documents (whichever document
            // states a second value, some statement of another document differs from it). Linear instead of
            // comparing every pair: a target repeated by many documents has large groups.
            Set<BigDecimal> values = new HashSet<>();
            Set<String> documents = new HashSet<>();
            for (Indicator i : members) {
                if (i.year != null || i.isTarget()) {
                    values.add(i.canonicalValue.stripTrailingZeros());
                    documents.add(i.documentId);
                }
            }
            return values.size() > 1 && documents.size() > 1;
        }

        List<BigDecimal> distinctValues() {
            TreeSet<BigDecimal> values = new TreeSet<>();
            members.forEach(i -> values.add(Numbers.clean(i.canonicalValue)));
            return List.copyOf(values);
        }

        List<TargetState.Source> sources() {
            return members.stream().map(i -> new TargetState.Source(i.id, i.documentId, i.metric, i.value, i.unit,
                    i.qualifier, i.baseline, i.sentence, i.start, i.end)).toList();
        }

        TargetState.SeriesPoint toPoint() {
            BigDecimal value = comparable ? display(canonical, factor) : chosen.value;
            String unit = comparable ? (displayUnit == null || displayUnit.isEmpty() ? null : displayUnit) : chosen.unit;
            return new TargetState.SeriesPoint(year, yearInferred, kind, chosen.change, value, unit, Numbers.clean(canonical),
                    chosen.canonicalUnit, qualifier, conflict, comparable, sources());
        }
    }

    private TargetCalculator() {
    }
}
