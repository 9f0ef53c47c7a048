package org.plantrack.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricResolverTest {

    private final MetricResolver resolver = MetricResolver.standard();

    private String id(String phrase) {
        return resolver.resolve(phrase).id();
    }

    @Test
    void exactVariantsResolveWithFullConfidence() {
        Resolution r = resolver.resolve("经济总量");
        assertThat(r.id()).isEqualTo("gdp");
        assertThat(r.confidence()).isEqualTo(1.0);
        assertThat(r.match()).isEqualTo(Resolution.Match.EXACT);
        assertThat(id("单位GDP能源消耗")).isEqualTo("energy_intensity");
        assertThat(id("三次产业比（第一产业）")).isEqualTo("primary_share");
    }

    @Test
    void aGrowthIsItsOwnIndicatorBesideTheLevel() {
        assertThat(id("社会消费品零售总额增速")).isEqualTo("retail_sales_growth");
        assertThat(id("社会消费品零售总额")).isEqualTo("retail_sales");
        assertThat(id("地区生产总值年均增长（%）")).isEqualTo("gdp_growth");
        assertThat(id("能源综合生产能力（亿吨标准煤）")).isEqualTo("energy_capacity");
    }

    @Test
    void scopeWordsAndPlacesAreRemoved() {
        assertThat(id("全市地区生产总值")).isEqualTo("gdp");
        assertThat(id("河北省GDP")).isEqualTo("gdp");
        assertThat(id("广西壮族自治区地区生产总值")).isEqualTo("gdp");
        assertThat(id("宿迁市年末常住人口")).isEqualTo("resident_population");
        assertThat(id("四川数字经济规模")).isEqualTo("digital_economy_size");
        Resolution r = resolver.resolve("保定市GDP");
        assertThat(r.match()).isEqualTo(Resolution.Match.NORMALISED);
        assertThat(r.confidence()).isLessThan(1.0);
    }

    @Test
    void aBareCityNeedsAPlaceDictionaryOrTheDocumentRegion() {
        assertThat(id("保定GDP")).isNull();
        assertThat(resolver.withPlaces(PlaceNames.of(List.of("保定"))).resolve("保定GDP").id()).isEqualTo("gdp");
    }

    @Test
    void theDocumentRegionCountsAsAPlaceWithAndWithoutItsSuffix() {
        assertThat(resolver.withRegion("保定市").resolve("保定GDP").id()).isEqualTo("gdp");
        assertThat(resolver.withRegion("保定市").resolve("保定市GDP").id()).isEqualTo("gdp");
        assertThat(resolver.withRegion(null)).isSameAs(resolver);
        assertThat(resolver.withRegion("某")).isSameAs(resolver);
    }

    @Test
    void perCapitaSharesAndLevelsStayApart() {
        assertThat(id("人均GDP")).isEqualTo("gdp_per_capita");
        assertThat(id("全省人均地区生产总值")).isEqualTo("gdp_per_capita");
        assertThat(id("第三产业增加值")).isEqualTo("tertiary_value_added");
        assertThat(id("第三产业增加值占GDP比重")).isEqualTo("tertiary_share");
        assertThat(id("工业产值")).isNotEqualTo(id("工业增加值"));
        assertThat(id("城镇登记失业率")).isNotEqualTo(id("城镇调查失业率"));
        assertThat(id("城镇居民人均可支配收入")).isNotEqualTo(id("居民人均可支配收入"));
    }

    @Test
    void aNameThatMerelyContainsAnIndicatorStaysFree() {
        assertThat(id("地区生产总值全省排名")).isNull();
        assertThat(id("走访慰问建档立卡贫困人口")).isNull();
        assertThat(id("帮扶规模以上工业企业")).isNull();
    }

    @Test
    void smallWordingDifferencesResolveBySimilarity() {
        Resolution r = resolver.resolve("城镇生活污水集中处理率");
        assertThat(r.match()).isEqualTo(Resolution.Match.NONE);
        Resolution close = resolver.resolve("农村居民人均可支配收入水平");
        assertThat(close.id()).isEqualTo("rural_disposable_income");
        assertThat(close.match()).isEqualTo(Resolution.Match.SIMILAR);
        assertThat(close.confidence()).isBetween(MetricResolver.SIMILARITY_THRESHOLD, 1.0);
    }

    @Test
    void freeMetricsKeepNullAndALowScore() {
        Resolution r = resolver.resolve("召开常委会会议");
        assertThat(r.resolved()).isFalse();
        assertThat(r.confidence()).isLessThan(MetricResolver.SIMILARITY_THRESHOLD);
        assertThat(resolver.resolve(" ").resolved()).isFalse();
    }

    @Test
    void similarityTakesTheBestKeyThatKeepsEveryDiscriminatingWord() {
        // nearest is 空气质量优良天数比率, which lacks 城市; the name with 城市 is the indicator
        assertThat(id("城市空气质量优良天数比率")).isEqualTo("air_quality_ratio");
        // leading words before a whole name still narrow it, whatever other key is near
        assertThat(id("帮扶规模以上工业企业")).isNull();
    }

    @Test
    void exportsAreNotTradeAndNeighboursStayApart() {
        assertThat(id("出口总额增长")).isNull();
        assertThat(id("进出口总额比上年增长")).isEqualTo("total_trade_growth");
        assertThat(id("一般公共预算支出增长")).isNull();
        assertThat(id("农村居民人均消费支出增长")).isNull();
        assertThat(id("新增5G基站")).isNull();
        assertThat(id("累计建成5G基站")).isEqualTo("fiveg_base_stations");
        assertThat(id("每千人口注册护士数")).isNull();
        assertThat(id("PM10浓度")).isNull();
    }

    @Test
    void generalWordingsOfTheCatalogueDataResolve() {
        assertThat(id("城乡收入倍差")).isEqualTo("urban_rural_income_ratio");
        assertThat(id("能耗强度")).isEqualTo("energy_intensity");
        assertThat(id("人口城镇化率")).isEqualTo("urbanisation");
        assertThat(id("年末金融机构各项存款余额")).isEqualTo("deposits");
        assertThat(id("民航旅客吞吐量")).isEqualTo("airport_passengers");
    }

    @Test
    void aDiscriminatingWordIsNotTakenForAPlace() {
        // a dictionary that tags 城镇 as a place must not turn the urban income into the income of all residents
        MetricResolver withTown = resolver.withPlaces(PlaceNames.of(List.of("城镇", "保定")));
        assertThat(withTown.resolve("城镇居民人均可支配收入水平").id()).isEqualTo("urban_disposable_income");
        assertThat(withTown.resolve("保定居民人均可支配收入").id()).isEqualTo("disposable_income");
    }

    @Test
    void aCachedResolutionInARegionIsTheResolutionOfThatRegionsResolver() {
        // 某某 is in no place list: only the region of the document makes 某某GDP the region's GDP
        assertThat(resolver.resolve("某某GDP").id()).isNotEqualTo("gdp");
        List<String> regions = java.util.Arrays.asList(null, "某某市", "太原市");
        for (int round = 0; round < 2; round++) { // the second round is answered from the cache
            for (String region : regions) {
                for (String phrase : List.of("某某GDP", "全市地区生产总值", "城镇居民人均可支配收入", "某某市森林覆盖率", "研发投入")) {
                    assertThat(resolver.resolve(phrase, region)).as("%s in %s", phrase, region)
                            .isEqualTo(resolver.withRegion(region).resolve(phrase));
                }
            }
        }
        assertThat(resolver.resolve("某某GDP", "某某市").id()).isEqualTo("gdp");
        assertThat(resolver.resolve("某某GDP", null).id()).isNotEqualTo("gdp");
    }
}
