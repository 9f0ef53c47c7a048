package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class GrowthRatesTest {

    private static final CatalogueMetrics.Match GDP = new CatalogueMetrics.Match("gdp", "地区生产总值");
    private static final CatalogueMetrics.Match GDP_GROWTH = new CatalogueMetrics.Match("gdp_growth", "地区生产总值增长");

    @Test
    void aChangeInPercentOfALevelIsItsGrowthRate() {
        // 地区生产总值增长6%
        assertThat(GrowthRates.indicatorOf(GDP, "increase", "%")).isEqualTo(GDP_GROWTH);
        // 地区生产总值下降2.1%
        assertThat(GrowthRates.indicatorOf(GDP, "decrease", "%")).isEqualTo(GDP_GROWTH);
    }

    @Test
    void theLevelAndChangesInOtherUnitsStayWithTheLevel() {
        // 地区生产总值达到5000亿元
        assertThat(GrowthRates.indicatorOf(GDP, null, "元")).isEqualTo(GDP);
        // 地区生产总值增加200亿元: an absolute change, not a rate
        assertThat(GrowthRates.indicatorOf(GDP, "increase", "元")).isEqualTo(GDP);
        // a share raised by points is no growth rate of anything
        CatalogueMetrics.Match forest = new CatalogueMetrics.Match("forest_coverage", "森林覆盖率");
        assertThat(GrowthRates.indicatorOf(forest, "increase", "个百分点")).isEqualTo(forest);
        // a change in % of an indicator the catalogue holds no growth rate for
        assertThat(GrowthRates.indicatorOf(forest, "increase", "%")).isEqualTo(forest);
        assertThat(GrowthRates.indicatorOf(null, "increase", "%")).isNull();
    }

    @Test
    void aGrowthRateNamedAsSuchStaysItself() {
        // GDP增速6%: the metric names the growth rate already
        assertThat(GrowthRates.indicatorOf(GDP_GROWTH, "increase", "%")).isEqualTo(GDP_GROWTH);
    }

    @Test
    void aDeclineOfAGrowthRateCountsBelowZero() {
        assertThat(GrowthRates.signed(new BigDecimal("2.1"), GDP_GROWTH, "decrease", "%"))
                .isEqualByComparingTo("-2.1");
        assertThat(GrowthRates.signed(new BigDecimal("6"), GDP_GROWTH, "increase", "%")).isEqualByComparingTo("6");
        // 单位地区生产总值能耗下降13.5%: a reduction target of an indicator that is no growth rate keeps its value
        CatalogueMetrics.Match energy = new CatalogueMetrics.Match("energy_intensity", "单位地区生产总值能耗");
        assertThat(GrowthRates.signed(new BigDecimal("13.5"), energy, "decrease", "%")).isEqualByComparingTo("13.5");
    }
}
