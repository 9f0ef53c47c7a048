package org.plantrack.nlp.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.internal.StandardDocumentAnalyzer;
import org.plantrack.regions.Region;
import org.plantrack.regions.RegionResolver;

/** The analysis of a province's communiqué quoting its cities in sentences and in a table row per city. */
class IndicatorRegionsTest {

    private static final String COMMUNIQUE = """
            山西省2023年国民经济和社会发展统计公报
            全年全省地区生产总值25698亿元，比上年增长5.0%。其中，太原市地区生产总值5573亿元，比上年增长5.6%。
            全年全省粮食产量1478万吨，比上年增长0.8%。
            各市地区生产总值（单位：亿元）
            地区 | 2023年GDP | 2022年GDP |
            太原市 | 5573.70 | 5571.20 |
            大同市 | 1842.50 | 1779.90 |
            长治 | 2100.10 | 2000.30 |
            """;

    private static List<Indicator> analyse() {
        DocumentAnalysis a = StandardDocumentAnalyzer.instance().analyze(COMMUNIQUE.getBytes(StandardCharsets.UTF_8),
                "communique.txt", AnalysisHints.none());
        assertThat(a.classification().regionCode()).isEqualTo("140000");
        return a.indicators();
    }

    private static Indicator valued(List<Indicator> all, String value) {
        return all.stream().filter(i -> i.value().compareTo(new java.math.BigDecimal(value)) == 0).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator of value " + value + " in " + all));
    }

    @Test
    void theCityClauseAndItsFollowingGrowthAreAboutTheCity() {
        List<Indicator> all = analyse();
        Indicator city = valued(all, "5573");
        assertThat(city.region()).isNotNull();
        assertThat(city.region().code()).isEqualTo("140100");
        assertThat(city.region().name()).isEqualTo("太原市");
        assertThat(city.region().parentCode()).isEqualTo("140000");
        assertThat(city.region().metric()).isEqualTo("地区生产总值");
        assertThat(valued(all, "5.6").region().code()).isEqualTo("140100");
    }

    @Test
    void theProvincesOwnFiguresKeepTheDocumentsRegion() {
        List<Indicator> all = analyse();
        assertThat(valued(all, "25698").region()).isNull();
        assertThat(valued(all, "5.0").region()).isNull();
        assertThat(valued(all, "1478").region()).isNull();
    }

    @Test
    void eachTableRowIsAboutTheCityItNames() {
        List<Indicator> all = analyse();
        assertThat(valued(all, "1842.5").region().code()).isEqualTo("140200");
        assertThat(valued(all, "1779.9").region().code()).isEqualTo("140200");
        assertThat(valued(all, "5571.2").region().code()).isEqualTo("140100");
        assertThat(valued(all, "1842.5").region().metric()).isEqualTo("GDP");
        // a row written with the short name is about the same registry division
        assertThat(valued(all, "2100.1").region().code()).isEqualTo("140400");
        assertThat(valued(all, "2100.1").region().name()).isEqualTo("长治市");
    }

    @Test
    void theRegionsNameComesOffTheFrontOfTheMetric() {
        Region nanchang = RegionResolver.standard().registry().byCode("360100");
        assertThat(IndicatorRegions.withoutName("南昌市GDP", "南昌市", nanchang)).isEqualTo("GDP");
        assertThat(IndicatorRegions.withoutName("南昌的常住人口", "南昌", nanchang)).isEqualTo("常住人口");
        assertThat(IndicatorRegions.withoutName("地区生产总值", "南昌市", nanchang)).isEqualTo("地区生产总值");
    }
}
