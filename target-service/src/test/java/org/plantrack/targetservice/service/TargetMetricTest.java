package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetMetricTest {

    @Test
    void aMetricTheCatalogueKnowsIsKeyedByItsCanonicalName() {
        assertThat(TargetMetric.of("GDP", "GDP", "地区生产总值", null, "city")).isEqualTo("地区生产总值");
        assertThat(TargetMetric.of("生产总值", "生产总值", "地区生产总值", null, "province")).isEqualTo("地区生产总值");
    }

    @Test
    void aChangeKeepsItsSuffix() {
        assertThat(TargetMetric.of("经济总量", "经济总量·增长", "地区生产总值", "increase", "city"))
                .isEqualTo("地区生产总值·增长");
    }

    @Test
    void aGrowthRateNamesItsChangeItselfAndTakesNoSuffix() {
        assertThat(TargetMetric.of("地区生产总值", "地区生产总值·增长", "地区生产总值增长", "increase", "city"))
                .isEqualTo("地区生产总值增长");
        assertThat(TargetMetric.of("GDP增速", "GDP增速", "地区生产总值增长", null, "city")).isEqualTo("地区生产总值增长");
    }

    @Test
    void aFreeMetricKeepsTheSynonymTablesName() {
        assertThat(TargetMetric.of("数字企业", "数字经济企业", null, null, "county")).isEqualTo("数字经济企业");
    }

    @Test
    void theCountrysFigureQuotedByARegionIsNotTheRegionsIndicator() {
        assertThat(TargetMetric.of("国内生产总值", "国内生产总值", "地区生产总值", null, "city")).isEqualTo("国内生产总值");
        assertThat(TargetMetric.of("全国粮食产量", "全国粮食产量", "粮食产量", null, "province")).isEqualTo("全国粮食产量");
        assertThat(TargetMetric.of("国内生产总值", "地区生产总值", "地区生产总值", null, "national")).isEqualTo("地区生产总值");
    }
}
