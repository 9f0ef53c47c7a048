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

    /** The full state of a target from its indicators: summary, series with every source, conflicts. */
    public static TargetState compute(String period, List<Indicator> indicators) {
        List<Statements> all = indicators.stream().sorted(Comparator.comparing(i -> i.id)).map(Statements::of)
                .toList();
        int documents = (int) indicators.stream().map(i -> i.documentId).distinct().count();
        return compute(period, all, true, indicators.size(), documents);
    }

    /**
     * The summary of a target from its indicators collapsed into {@link Statements}: the same summary values
     * (units, baseline, latest actual, target, progress, conflicts) as {@link #compute(String, List)} over the
     * indicators themselves, without the series and without the conflicts' sources (the groups do not carry them).
     *
     * @param indicators how many indicators the target has
     * @param documents  how many distinct documents they come from
     */
    public static TargetState summarise(String period, List<Statements> statements, int indicators, int documents) {
        // in the order of their first indicator, as compute(...) sees them: the conflicts come out in the same order
        List<Statements> ordered = statements.stream().sorted(Comparator.comparing(Statements::firstId)).toList();
        return compute(period, ordered, false, indicators, documents);
    }

    private static TargetState compute(String period, List<Statements> all, boolean detailed, int indicatorCount,
                                       int documentCount) {
        if (all.isEmpty()) {
            return new TargetState(null, null, BigDecimal.ONE, null, null, null, null, null, null, null, null, null,
                    "no indicators", List.of(), List.of(), 0, 0);
        }
        boolean hasLevels = all.stream().anyMatch(Statements::isLevel);
        List<Statements> candidates = all.stream().filter(s -> !hasLevels || s.isLevel()).toList();
        String dominant = mostFrequent(candidates, s -> Objects.toString(s.canonicalUnit(), ""));
        List<Statements> comparable = candidates.stream()
                .filter(s -> dominant.equals(Objects.toString(s.canonicalUnit(), ""))).toList();
        String displayUnit = mostFrequent(comparable, s -> Objects.toString(s.unit(), ""));
        BigDecimal factor = Units.canonical(displayUnit.isEmpty() ? null : displayUnit).factor();

        List<Group> groups = group(comparable, true, factor, displayUnit);
        // identity set: in the detailed view a popular target has thousands of groups of one; List.contains per
        // group would be quadratic
        Set<Statements> inComparable = Collections.newSetFromMap(new IdentityHashMap<>());
        inComparable.addAll(comparable);
        List<Statements> others = all.stream().filter(s -> !inComparable.contains(s)).toList();

        Integer start = PlanPeriods.startYear(period);
        Integer end = PlanPeriods.endYear(period);

        // Baseline
        BigDecimal baseline = null;
        Integer baselineYear = null;
        String basis = null;
        Group baselineGroup = null;
        Statements explicit = comparable.stream().filter(s -> s.canonicalBaseline() != null)
                .min(Comparator.comparing((Statements s) -> s.isTarget() ? 0 : 1)
                        .thenComparing(s -> s.effectiveYear() == null ? Integer.MAX_VALUE : -s.effectiveYear())
                        .thenComparing(Statements::firstId)).orElse(null);
        if (explicit != null) {
            baseline = explicit.canonicalBaseline();
            baselineYear = explicit.isTarget() && start != null ? start - 1 : null;
            basis = "starting value stated in: " + (explicit.members().isEmpty() ? "indicator " + explicit.firstId()
                    : explicit.members().get(0).sentence);
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
        if (detailed) { // the summary stores no series: skip building one per group
            groups.forEach(g -> series.add(g.toPoint()));
            group(others, false, null, null).forEach(g -> series.add(g.toPoint()));
            series.sort(Comparator.comparing((TargetState.SeriesPoint p) -> p.year() == null ? Integer.MAX_VALUE : p.year())
                    .thenComparing(p -> p.comparable() ? 0 : 1)
                    .thenComparing(TargetState.SeriesPoint::kind));
        }

        List<TargetState.Conflict> conflicts = groups.stream().filter(g -> g.conflict)
                .map(g -> new TargetState.Conflict(g.year, g.kind,
                        g.distinctValues().stream().map(v -> display(v, factor)).toList(), displayUnit, g.sources()))
                .toList();

        return new TargetState(displayUnit.isEmpty() ? null : displayUnit, dominant.isEmpty() ? null : dominant, factor,
                display(baseline, factor), baselineYear, basis,
                latest == null ? null : display(latest.canonical, factor), latest == null ? null : latest.year,
                target == null ? null : display(target.canonical, factor), target == null ? null : target.year,
                target == null ? null : target.qualifier,
                progress, note, List.copyOf(series), conflicts, indicatorCount, documentCount);
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

    /** The value most indicators have (each group counts its members); on a tie the smallest value. */
    private static String mostFrequent(List<Statements> statements, Function<Statements, String> value) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Statements s : statements) {
            counts.merge(value.apply(s), (long) s.count(), Long::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }

    private static List<Group> group(List<Statements> statements, boolean comparable, BigDecimal factor,
                                     String displayUnit) {
        Map<String, List<Statements>> byKey = new LinkedHashMap<>();
        for (Statements s : statements) {
            String key = s.effectiveYear() + "|" + s.kind() + "|"
                    + (comparable ? "" : s.canonicalUnit() + "|" + s.change());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<Group> out = new ArrayList<>();
        byKey.values().forEach(members -> out.add(new Group(members, comparable, factor, displayUnit)));
        return out;
    }

    /** The newest statement; on equal times the smallest id (deterministic whatever the arrival order). */
    private static final Comparator<Statements> NEWEST = Comparator.comparing(Statements::newestAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Statements::newestId,
            Comparator.reverseOrder());

    /** Indicators of one (year, kind): the represented value, and whether documents disagree. */
    private static final class Group {
        final List<Statements> members;
        final boolean comparable;
        final Integer year;
        final boolean yearInferred;
        final String kind;
        final BigDecimal canonical;
        final String qualifier;
        final boolean conflict;
        final Statements chosen;
        final BigDecimal factor;
        final String displayUnit;

        Group(List<Statements> members, boolean comparable, BigDecimal factor, String displayUnit) {
            this.members = members;
            this.comparable = comparable;
            this.factor = factor;
            this.displayUnit = displayUnit;
            Statements first = members.get(0);
            this.year = first.effectiveYear();
            this.yearInferred = members.stream().allMatch(s -> s.year() == null) && year != null;
            this.kind = first.kind();
            Map<BigDecimal, List<Statements>> byValue = new HashMap<>();
            for (Statements s : members) {
                byValue.computeIfAbsent(Numbers.clean(s.canonicalValue()), v -> new ArrayList<>()).add(s);
            }
            // the value most sources state; on a tie the newest statement, then the smallest id (deterministic)
            this.chosen = byValue.values().stream()
                    .max(Comparator.comparing((List<Statements> l) -> l.stream().mapToInt(Statements::count).sum())
                            .thenComparing(l -> l.stream().max(NEWEST).orElseThrow(), NEWEST))
                    .flatMap(l -> l.stream().max(NEWEST)).orElseThrow();
            this.canonical = chosen.canonicalValue();
            this.qualifier = chosen.qualifier();
            this.conflict = comparable && byValue.size() > 1 && crossDocumentDisagreement();
        }

        /**
         * Documents disagree when two of them state different values. An actual whose year was only inferred does
         * not count: "目前" in one document and "2020年" in another need not mean the same year.
         */
        private boolean crossDocumentDisagreement() {
            // Two firm statements from different documents with different values exist exactly when the firm
            // statements hold at least two distinct values and come from at least two documents (whichever document
            // states a second value, some statement of another document differs from it). A group of statements
            // from several documents shows it by its first and last document differing.
            Set<BigDecimal> values = new HashSet<>();
            Set<String> documents = new HashSet<>();
            for (Statements s : members) {
                if (s.isFirm()) {
                    values.add(s.canonicalValue().stripTrailingZeros());
                    documents.add(s.firstDocumentId());
                    documents.add(s.lastDocumentId());
                }
            }
            return values.size() > 1 && documents.size() > 1;
        }

        List<BigDecimal> distinctValues() {
            TreeSet<BigDecimal> values = new TreeSet<>();
            members.forEach(s -> values.add(Numbers.clean(s.canonicalValue())));
            return List.copyOf(values);
        }

        List<TargetState.Source> sources() {
            return members.stream().flatMap(s -> s.members().stream())
                    .map(i -> new TargetState.Source(i.id, i.documentId, i.metric, i.value, i.unit,
                            i.qualifier, i.baseline, i.sentence, i.start, i.end)).toList();
        }

        /** Only in the detailed view, where every group holds one indicator. */
        TargetState.SeriesPoint toPoint() {
            Indicator representative = chosen.members().get(0);
            BigDecimal value = comparable ? display(canonical, factor) : representative.value;
            String unit = comparable ? (displayUnit == null || displayUnit.isEmpty() ? null : displayUnit)
                    : representative.unit;
            return new TargetState.SeriesPoint(year, yearInferred, kind, representative.change, value, unit,
                    Numbers.clean(canonical), representative.canonicalUnit, qualifier, conflict, comparable, sources());
        }
    }

    private TargetCalculator() {
    }
}
