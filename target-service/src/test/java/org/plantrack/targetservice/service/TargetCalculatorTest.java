package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;
import org.plantrack.targetservice.domain.Indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetCalculatorTest {

    private int seq;

    @Test
    void explicitBaselineLatestActualAndTargetGiveProgress() {
        List<Indicator> in = List.of(
                point("A", "actual", 2020, "2132", "家", "626", null),
                point("B", "actual", 2022, "3100", "家", null, null),
                point("A", "target", 2025, "4500", "家", null, ">="));
        TargetState s = TargetCalculator.compute("十四五", in);
        assertThat(s.baseline()).isEqualByComparingTo("626");
        assertThat(s.latestActual()).isEqualByComparingTo("3100");
        assertThat(s.latestActualYear()).isEqualTo(2022);
        assertThat(s.targetValue()).isEqualByComparingTo("4500");
        assertThat(s.targetYear()).isEqualTo(2025);
        assertThat(s.targetQualifier()).isEqualTo(">=");
        assertThat(s.progress()).isEqualTo(0.6386); // (3100-626)/(4500-626)
        assertThat(s.conflicts()).isEmpty();
        assertThat(s.series()).extracting(TargetState.SeriesPoint::year).containsExactly(2020, 2022, 2025);
    }

    @Test
    void unitsAreComparedCanonicallyAndDisagreementsAreConflicts() {
        List<Indicator> in = List.of(
                point("A", "actual", 2020, "4000", "亿元", null, null),
                point("B", "actual", 2020, "41000000", "万元", null, null),
                point("C", "actual", 2020, "4000", "亿元", null, null),
                point("B", "actual", 2022, "4700", "亿元", null, null),
                point("A", "target", 2025, "5000", "亿元", null, null),
                withChange(point("A", "target", 2025, "7", "%", null, null), "increase"));
        TargetState s = TargetCalculator.compute("十四五", in);
        assertThat(s.unit()).isEqualTo("亿元");
        assertThat(s.canonicalUnit()).isEqualTo("元");
        assertThat(s.baseline()).isEqualByComparingTo("4000"); // two documents say 4000, one 4100
        assertThat(s.baselineYear()).isEqualTo(2020);
        assertThat(s.conflicts()).hasSize(1);
        assertThat(s.conflicts().get(0).values()).extracting(BigDecimal::toPlainString)
                .containsExactly("4000", "4100");
        assertThat(s.progress()).isEqualTo(0.7); // (4700-4000)/(5000-4000)
        assertThat(s.series()).filteredOn(p -> !p.comparable()).singleElement()
                .satisfies(p -> assertThat(p.unit()).isEqualTo("%"));
    }

    @Test
    void sameValueFromTwoDocumentsIsNotAConflictAndOneDocumentIsNever() {
        List<Indicator> in = List.of(
                point("A", "actual", 2020, "45", "%", null, null),
                point("B", "actual", 2020, "45.0", "%", null, null),
                point("C", "target", 2025, "50", "%", null, null),
                point("C", "target", 2025, "51", "%", null, null));
        TargetState s = TargetCalculator.compute("十四五", in);
        assertThat(s.conflicts()).isEmpty();
        assertThat(s.progress()).isNull(); // the only actual is the baseline
        assertThat(s.progressNote()).contains("no actual after the baseline");
    }

    @Test
    void undatedPointsUseTheYearInferredFromTheirDocument() {
        Indicator actual = point("A", "actual", null, "2132", "家", "626", null);
        actual.inferredYear = 2020;
        Indicator target = point("A", "target", null, "4500", "家", null, ">=");
        target.inferredYear = 2025;
        TargetState s = TargetCalculator.compute("十四五", List.of(actual, target));
        assertThat(s.baseline()).isEqualByComparingTo("626");
        assertThat(s.latestActualYear()).isEqualTo(2020);
        assertThat(s.targetYear()).isEqualTo(2025);
        assertThat(s.progress()).isEqualTo(0.3887); // (2132-626)/(4500-626)
        assertThat(s.series()).allMatch(TargetState.SeriesPoint::yearInferred);
    }

    @Test
    void anInferredYearNeverMakesAConflict() {
        Indicator undated = point("A", "actual", null, "100", "个", null, null);
        undated.inferredYear = 2020;
        Indicator dated = point("B", "actual", 2020, "98", "个", null, null);
        TargetState s = TargetCalculator.compute("十四五", List.of(undated, dated));
        assertThat(s.conflicts()).isEmpty();
        assertThat(s.series()).singleElement().satisfies(p -> assertThat(p.yearInferred()).isFalse());
    }

    private Indicator point(String doc, String kind, Integer year, String value, String unit, String baseline,
                            String qualifier) {
        Indicator i = new Indicator();
        i.id = doc + "-" + (seq++);
        i.documentId = doc;
        i.metric = "m";
        i.canonicalMetric = "m";
        i.kind = kind;
        i.year = year;
        i.value = new BigDecimal(value);
        i.unit = unit;
        Units.Canonical c = Units.canonical(unit);
        i.canonicalValue = c.apply(i.value);
        i.canonicalUnit = c.unit();
        i.baseline = baseline == null ? null : new BigDecimal(baseline);
        i.canonicalBaseline = c.apply(i.baseline);
        i.qualifier = qualifier;
        i.sentence = "s";
        i.createdAt = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seq);
        return i;
    }

    private static Indicator withChange(Indicator i, String change) {
        i.change = change;
        return i;
    }
}
