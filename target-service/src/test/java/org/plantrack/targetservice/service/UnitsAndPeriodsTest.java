package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsAndPeriodsTest {

    @Test
    void moneyAndPeopleAndCountersBecomeBaseUnits() {
        assertThat(Units.canonical("亿元").apply(new BigDecimal("4153"))).isEqualByComparingTo("415300000000");
        assertThat(Units.canonical("亿元").unit()).isEqualTo("元");
        assertThat(Units.canonical("万元").apply(new BigDecimal("2.5"))).isEqualByComparingTo("25000");
        assertThat(Units.canonical("万亿元").apply(BigDecimal.ONE)).isEqualByComparingTo("1000000000000");
        assertThat(Units.canonical("万人").unit()).isEqualTo("人");
        assertThat(Units.canonical("万个").apply(new BigDecimal("10.4"))).isEqualByComparingTo("104000");
        assertThat(Units.canonical("万个").unit()).isEqualTo("个");
        assertThat(Units.canonical("万美元").unit()).isEqualTo("美元");
        assertThat(Units.canonical("家").unit()).isEqualTo("家");
    }

    @Test
    void ratiosAreNeverConvertedIntoEachOther() {
        assertThat(Units.canonical("%").unit()).isEqualTo("%");
        assertThat(Units.canonical("％").unit()).isEqualTo("%");
        assertThat(Units.canonical("个百分点").unit()).isEqualTo("个百分点");
        assertThat(Units.canonical("百分点").unit()).isEqualTo("个百分点");
        assertThat(Units.canonical("%").apply(new BigDecimal("45"))).isEqualByComparingTo("45");
    }

    @Test
    void planPeriods() {
        assertThat(PlanPeriods.normalise("“十四五”规划")).isEqualTo("十四五");
        assertThat(PlanPeriods.startYear("十四五")).isEqualTo(2021);
        assertThat(PlanPeriods.endYear("十四五")).isEqualTo(2025);
        assertThat(PlanPeriods.endYear("十五五")).isEqualTo(2030);
        assertThat(PlanPeriods.endYear("十三五")).isEqualTo(2020);
        assertThat(PlanPeriods.ofYear(2021)).isEqualTo("十四五");
        assertThat(PlanPeriods.ofYear(2025)).isEqualTo("十四五");
        assertThat(PlanPeriods.ofYear(2026)).isEqualTo("十五五");
        assertThat(PlanPeriods.ofYear(2010)).isEqualTo("十一五");
        assertThat(PlanPeriods.yearOf("2023-02-01")).isEqualTo(2023);
        assertThat(AggregationService.effectivePeriod(null, "2023-02-01", 2020)).isEqualTo("十四五");
        assertThat(AggregationService.effectivePeriod("十四五", null, 2035)).isEqualTo("十四五");
        assertThat(AggregationService.effectivePeriod(null, null, null)).isEqualTo(PlanPeriods.UNKNOWN);
    }

    @Test
    void yearsOfUndatedIndicators() {
        assertThat(AggregationService.inferYear("target", "十四五", null, "十四五")).isEqualTo(2025);
        assertThat(AggregationService.inferYear("target", null, "2023-02-01", "十四五")).isEqualTo(2025);
        assertThat(AggregationService.inferYear("actual", "十四五", "2021-09-26", "十四五")).isEqualTo(2020);
        assertThat(AggregationService.inferYear("actual", null, "2023-02-01", "十四五")).isEqualTo(2022);
        assertThat(AggregationService.inferYear("actual", null, null, "未定")).isNull();
    }

    @Test
    void numbersAreShownPlain() {
        assertThat(Numbers.clean(new BigDecimal("5000.00")).toString()).isEqualTo("5000");
        assertThat(Numbers.clean(new BigDecimal("0.50")).toString()).isEqualTo("0.5");
    }
}
