package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;
import org.plantrack.targetservice.domain.Target;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AggregationService#store} writes a recomputed summary into the stored target through
 * {@link TargetSummaryMapper}: every summary column takes the summary's value (an absent one is cleared), and the
 * target's identity and grading are left as they are.
 */
class TargetSummaryStoreTest {

    private static TargetState summary() {
        TargetState.Conflict conflict = new TargetState.Conflict(2025, "target",
                List.of(new BigDecimal("5500"), new BigDecimal("5600")), "亿元", List.of());
        return new TargetState("亿元", "元", new BigDecimal("100000000"), new BigDecimal("4000"), 2020, "stated",
                new BigDecimal("4620"), 2023, new BigDecimal("5600"), 2025, ">=", 0.3875, "note", List.of(),
                List.of(conflict, conflict), 5, 3);
    }

    private static Target storedTarget() {
        Target target = new Target();
        target.id = 41L;
        target.targetKey = "140500|地区生产总值|十四五";
        target.region = "晋城市";
        target.regionCode = "140500";
        target.regionLevel = "city";
        target.regionParentCode = "140000";
        target.canonicalMetric = "地区生产总值";
        target.period = "十四五";
        target.catalogueId = "gdp";
        target.catalogueName = "地区生产总值";
        target.stated = true;
        target.status = "lagging";
        target.attribute = "binding";
        target.progress = 0.1;
        target.baseline = new BigDecimal("1");
        return target;
    }

    @Test
    void everySummaryColumnTakesTheSummarysValue() {
        Target target = storedTarget();
        Instant before = Instant.now();

        AggregationService.store(target, summary());

        assertThat(target.unit).isEqualTo("亿元");
        assertThat(target.canonicalUnit).isEqualTo("元");
        assertThat(target.unitFactor).isEqualByComparingTo("100000000");
        assertThat(target.baseline).isEqualByComparingTo("4000");
        assertThat(target.baselineYear).isEqualTo(2020);
        assertThat(target.latestActual).isEqualByComparingTo("4620");
        assertThat(target.latestActualYear).isEqualTo(2023);
        assertThat(target.targetValue).isEqualByComparingTo("5600");
        assertThat(target.targetYear).isEqualTo(2025);
        assertThat(target.targetQualifier).isEqualTo(">=");
        assertThat(target.progress).isEqualTo(0.3875);
        assertThat(target.conflicts).isEqualTo(2);
        assertThat(target.indicatorCount).isEqualTo(5);
        assertThat(target.documentCount).isEqualTo(3);
        assertThat(target.updatedAt).isAfterOrEqualTo(before);
    }

    @Test
    void theIdentityAndTheGradingOfTheTargetStayAsTheyAre() {
        Target target = storedTarget();

        AggregationService.store(target, summary());

        assertThat(target.id).isEqualTo(41L);
        assertThat(target.targetKey).isEqualTo("140500|地区生产总值|十四五");
        assertThat(target.region).isEqualTo("晋城市");
        assertThat(target.regionCode).isEqualTo("140500");
        assertThat(target.regionLevel).isEqualTo("city");
        assertThat(target.regionParentCode).isEqualTo("140000");
        assertThat(target.canonicalMetric).isEqualTo("地区生产总值");
        assertThat(target.period).isEqualTo("十四五");
        assertThat(target.catalogueId).isEqualTo("gdp");
        assertThat(target.catalogueName).isEqualTo("地区生产总值");
        assertThat(target.stated).isTrue();
        assertThat(target.status).isEqualTo("lagging");
        assertThat(target.attribute).isEqualTo("binding");
    }

    @Test
    void aValueTheSummaryNoLongerHasIsCleared() {
        Target target = storedTarget();
        TargetState noBaseline = new TargetState("亿元", "元", BigDecimal.ONE, null, null, null, null, null, null, null,
                null, null, null, List.of(), List.of(), 0, 0);

        AggregationService.store(target, noBaseline);

        assertThat(target.baseline).isNull();
        assertThat(target.progress).isNull();
        assertThat(target.conflicts).isZero();
    }
}
