package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;
import org.plantrack.targetservice.domain.Indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary computed from statement groups equals the summary computed from every indicator, for random member
 * sets. The groups are collapsed here the way AggregationService's SQL does it (same key, count, document range,
 * newest statement, smallest id); TargetSummaryFromDatabaseTest checks the SQL itself.
 */
class StatementsSummaryTest {

    @Test
    void summaryFromGroupsEqualsSummaryFromEveryIndicator() {
        RandomMembers random = new RandomMembers(20261122L, "");
        for (int run = 0; run < 3000; run++) {
            List<Indicator> members = random.next(run < 1000 ? 8 : 60);
            String period = random.period();
            int documents = (int) members.stream().map(i -> i.documentId).distinct().count();
            TargetState full = TargetCalculator.compute(period, members);
            TargetState grouped = TargetCalculator.summarise(period, collapse(members), members.size(), documents);
            assertThat(Summary.of(grouped)).as("run %d, period %s, members %s", run, period, describe(members))
                    .isEqualTo(Summary.of(full));
        }
    }

    @Test
    void groupsReallyCollapseRepeatedStatements() {
        // the property above would hold trivially if every indicator stayed its own group
        RandomMembers random = new RandomMembers(7L, "");
        List<Indicator> members = random.next(1);
        for (int k = 0; k < 200; k++) {
            Indicator copy = copyOf(members.get(0));
            copy.id = "copy-" + k;
            copy.documentId = "doc" + (k % 3);
            members.add(copy);
        }
        List<Statements> groups = collapse(members);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).count()).isEqualTo(201);
        TargetState full = TargetCalculator.compute("十四五", members);
        assertThat(Summary.of(TargetCalculator.summarise("十四五", groups, 201, 4))).isEqualTo(Summary.of(full));
    }

    /** What AggregationService#statements computes in SQL, in Java. */
    static List<Statements> collapse(List<Indicator> members) {
        Map<List<Object>, List<Indicator>> byKey = new LinkedHashMap<>();
        for (Indicator i : members) {
            byKey.computeIfAbsent(java.util.Arrays.asList(i.year, i.inferredYear, i.kind, i.change, i.canonicalUnit,
                    i.unit, Numbers.clean(i.canonicalValue), i.qualifier, Numbers.clean(i.canonicalBaseline)),
                    k -> new ArrayList<>()).add(i);
        }
        List<Statements> out = new ArrayList<>();
        for (List<Indicator> g : byKey.values()) {
            Indicator first = g.get(0);
            Instant newestAt = g.stream().map(i -> i.createdAt).max(Comparator.naturalOrder()).orElseThrow();
            String newestId = g.stream().filter(i -> i.createdAt.equals(newestAt)).map(i -> i.id)
                    .min(Comparator.naturalOrder()).orElseThrow();
            out.add(new Statements(g.size(), first.year, first.inferredYear, first.kind, first.change,
                    first.canonicalUnit, first.unit, first.value, first.canonicalValue, first.qualifier,
                    first.canonicalBaseline,
                    g.stream().map(i -> i.documentId).min(Comparator.naturalOrder()).orElseThrow(),
                    g.stream().map(i -> i.documentId).max(Comparator.naturalOrder()).orElseThrow(),
                    newestAt, newestId, g.stream().map(i -> i.id).min(Comparator.naturalOrder()).orElseThrow(),
                    List.of()));
        }
        return out;
    }

    /** The fields AggregationService stores and publishes, numbers without trailing zeros. */
    record Summary(String unit, String canonicalUnit, BigDecimal unitFactor, BigDecimal baseline,
                   Integer baselineYear, BigDecimal latestActual, Integer latestActualYear, BigDecimal targetValue,
                   Integer targetYear, String targetQualifier, Double progress, List<List<Object>> conflicts,
                   int indicatorCount, int documentCount) {
        static Summary of(TargetState s) {
            return new Summary(s.unit(), s.canonicalUnit(), Numbers.clean(s.unitFactor()), Numbers.clean(s.baseline()),
                    s.baselineYear(), Numbers.clean(s.latestActual()), s.latestActualYear(),
                    Numbers.clean(s.targetValue()), s.targetYear(), s.targetQualifier(), s.progress(),
                    s.conflicts().stream().map(c -> List.<Object>of(Objects.toString(c.year()), c.kind(),
                            c.values().stream().map(Numbers::plain).toList(), Objects.toString(c.unit()))).toList(),
                    s.indicatorCount(), s.documentCount());
        }
    }

    static String describe(List<Indicator> members) {
        StringBuilder b = new StringBuilder();
        for (Indicator i : members) {
            b.append("\n  ").append(i.id).append(' ').append(i.documentId).append(' ').append(i.kind).append(' ')
                    .append(i.year).append('/').append(i.inferredYear).append(' ').append(i.value).append(i.unit)
                    .append(" change=").append(i.change).append(" q=").append(i.qualifier).append(" base=")
                    .append(i.baseline).append(" at=").append(i.createdAt);
        }
        return b.toString();
    }

    static Indicator copyOf(Indicator from) {
        Indicator to = new Indicator();
        to.id = from.id;
        to.documentId = from.documentId;
        to.metric = from.metric;
        to.canonicalMetric = from.canonicalMetric;
        to.kind = from.kind;
        to.year = from.year;
        to.inferredYear = from.inferredYear;
        to.change = from.change;
        to.unit = from.unit;
        to.value = from.value;
        to.canonicalValue = from.canonicalValue;
        to.canonicalUnit = from.canonicalUnit;
        to.qualifier = from.qualifier;
        to.baseline = from.baseline;
        to.canonicalBaseline = from.canonicalBaseline;
        to.sentence = from.sentence;
        to.start = from.start;
        to.end = from.end;
        to.period = from.period;
        to.createdAt = from.createdAt;
        return to;
    }
}
