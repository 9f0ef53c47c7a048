package org.plantrack.gateway.stream;

import org.junit.jupiter.api.Test;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.gateway.messaging.EventAttributes;
import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The live filters that look beyond an attribute's text: region with the GB/T 2260 hierarchy, catalogue indicator. */
class RegionAndIndicatorFilterTest {

    /** A target event as target-service writes it: keyed by the region's code where the region resolved. */
    private static Map<String, List<String>> target(String key, String region, String metric, String status,
                                                    String previousStatus) {
        var event = new TargetUpdatedV1("e-" + key, 1, key, 1L, region, metric, "2026-2030", "亿元", null, null,
                null, null, null, null, null, 0.5, 0, List.of("status"), Instant.parse("2026-01-01T00:00:00Z"),
                status, previousStatus);
        return EventAttributes.ofTargetEvent(new String(EventJson.toBytes(event), StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> indicator(String region, String regionCode, String metric,
                                                       IndicatorV1.CanonicalMetric canonical) {
        var indicator = new IndicatorV1("i-1", "doc-1", metric, new BigDecimal("12"), "%", "target", null, null, null,
                2030, "到2030年" + metric + "达到12%。", 0, 3, "economy", 0.9, region, "2026-2030", null, canonical,
                null, regionCode);
        var event = new IndicatorEventV1("e-i", 1, IndicatorEventV1.Type.ADDED, region + "|" + metric + "|2026-2030",
                metric, indicator, Instant.parse("2026-01-01T00:00:00Z"));
        return EventAttributes.ofIndicatorEvent(new String(EventJson.toBytes(event), StandardCharsets.UTF_8));
    }

    private static EventFilter targets(String key, String... values) {
        return EventFilter.parse(Map.of(key, List.of(values)), LiveStreams.TARGET_FILTERS);
    }

    @Test
    void aProvinceByCodeOrNameTakesTheTargetsOfItsCitiesAndNoOthers() {
        var taiyuan = target("140100|地区生产总值|2026-2030", "太原市", "地区生产总值", "on_track", null);
        var shijiazhuang = target("130100|地区生产总值|2026-2030", "石家庄市", "地区生产总值", "on_track", null);

        for (String shanxi : List.of("140000", "山西省", "山西")) {
            EventFilter filter = targets("region", shanxi);
            assertThat(filter.matches(taiyuan)).as(shanxi).isTrue();
            assertThat(filter.matches(shijiazhuang)).as(shanxi).isFalse();
        }
        assertThat(targets("region", "140100").matches(taiyuan)).isTrue();
        assertThat(targets("region", "140105").matches(taiyuan)).as("a county does not take its city").isFalse();
        assertThat(targets("region", "全国").matches(shijiazhuang)).isTrue();
    }

    @Test
    void anIndicatorEventIsPlacedByItsRegionCodeOrElseByItsName() {
        var coded = indicator("小店区", "140105", "地区生产总值", null);
        var named = indicator("太原市", null, "地区生产总值", null);
        assertThat(targets("region", "140100").matches(coded)).isTrue();
        assertThat(EventFilter.parse(Map.of("region", List.of("山西省")), LiveStreams.INDICATOR_FILTERS)
                .matches(named)).isTrue();
        assertThat(EventFilter.parse(Map.of("region", List.of("河北省")), LiveStreams.INDICATOR_FILTERS)
                .matches(named)).isFalse();
    }

    @Test
    void aRegionTheRegistryDoesNotKnowMatchesByItsName() {
        var fictional = target("临江市|地区生产总值|2026-2030", "临江市", "地区生产总值", "lagging", null);
        assertThat(targets("region", "临江市").matches(fictional)).isTrue();
        assertThat(targets("region", "江北市").matches(fictional)).isFalse();
        assertThat(targets("region", "140000").matches(fictional)).isFalse();
    }

    @Test
    void anUnknownRegionCodeIsAProblemNamingIt() {
        assertThatThrownBy(() -> targets("region", "140100", "999999"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_FILTER))
                .hasMessageContaining("'region'").hasMessageContaining("'999999'");
    }

    @Test
    void anIndicatorByIdOrNameTakesItsTargetsWithTheirGrowthButNotOtherMetrics() {
        var level = target("140100|地区生产总值|2026-2030", "太原市", "地区生产总值", null, null);
        var growth = target("140100|地区生产总值·增长|2026-2030", "太原市", "地区生产总值·增长", null, null);
        var forest = target("140100|森林覆盖率|2026-2030", "太原市", "森林覆盖率", null, null);
        var free = target("140100|夜市摊位数|2026-2030", "太原市", "夜市摊位数", null, null);
        for (String gdp : List.of("gdp", "地区生产总值")) {
            EventFilter filter = targets("indicator", gdp);
            assertThat(filter.matches(level)).as(gdp).isTrue();
            assertThat(filter.matches(growth)).as(gdp).isTrue();
            assertThat(filter.matches(forest)).as(gdp).isFalse();
            assertThat(filter.matches(free)).as(gdp).isFalse();
        }
        assertThat(targets("indicator", "forest_coverage", "gdp").matches(forest)).isTrue();
    }

    @Test
    void anIndicatorEventIsMatchedByTheCatalogueIndicatorItCarries() {
        var gdp = indicator("太原市", "140100", "生产总值", new IndicatorV1.CanonicalMetric("gdp", "地区生产总值"));
        var uncatalogued = indicator("太原市", "140100", "生产总值", null);
        EventFilter filter = EventFilter.parse(Map.of("indicator", List.of("gdp")), LiveStreams.INDICATOR_FILTERS);
        assertThat(filter.matches(gdp)).isTrue();
        assertThat(filter.matches(uncatalogued)).isFalse();
    }

    @Test
    void aValueNoCatalogueIndicatorHasIsAProblemNamingIt() {
        assertThatThrownBy(() -> targets("indicator", "夜市摊位数"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_FILTER))
                .hasMessageContaining("'indicator'").hasMessageContaining("夜市摊位数");
    }

    @Test
    void regionIndicatorAndStatusChangeCombine() {
        var became = target("140100|地区生产总值|2026-2030", "太原市", "地区生产总值", "lagging", "on_track");
        var stayed = target("140100|地区生产总值|2026-2030", "太原市", "地区生产总值", "lagging", null);
        var elsewhere = target("130100|地区生产总值|2026-2030", "石家庄市", "地区生产总值", "lagging", "on_track");
        EventFilter filter = EventFilter.parse(Map.of("region", List.of("140000"), "indicator", List.of("gdp"),
                "statusChanged", List.of("true"), "status", List.of("lagging")), LiveStreams.TARGET_FILTERS);
        assertThat(filter.matches(became)).isTrue();
        assertThat(filter.matches(stayed)).isFalse();
        assertThat(filter.matches(elsewhere)).isFalse();
    }
}
