package org.plantrack.nlp.metric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalMetricsTest {

    @Test
    void aCityNamedWithoutItsSuffixIsFoundInThePlaceDictionary() {
        assertThat(CanonicalMetrics.resolve("南京GDP").id()).isEqualTo("gdp");
        assertThat(CanonicalMetrics.resolve("成都经济总量").id()).isEqualTo("gdp");
        assertThat(CanonicalMetrics.resolve("杭州常住人口城镇化率").id()).isEqualTo("urbanisation");
    }

    @Test
    void aPlaceDoesNotHideAModifier() {
        assertThat(CanonicalMetrics.resolve("南京人均GDP").id()).isEqualTo("gdp_per_capita");
        assertThat(CanonicalMetrics.resolve("南京GDP排名").id()).isNull();
    }

    @Test
    void theDocumentRegionIsAPlaceWithAndWithoutItsSuffix() {
        var resolver = CanonicalMetrics.forRegion("某某市");
        assertThat(resolver.resolve("某某GDP").id()).isEqualTo("gdp");
        assertThat(resolver.resolve("某某市GDP").id()).isEqualTo("gdp");
        assertThat(CanonicalMetrics.resolve("某某GDP").id()).isNull();
        assertThat(CanonicalMetrics.forRegion(null).resolve("GDP").id()).isEqualTo("gdp");
    }

    @Test
    void aNameInTraditionalCharactersResolvesLikeItsSimplifiedForm() {
        assertThat(CanonicalMetrics.resolve("城鎮登記失業率").id()).isEqualTo("urban_registered_unemployment");
        assertThat(CanonicalMetrics.resolve("農村居民人均可支配收入").id()).isEqualTo("rural_disposable_income");
        assertThat(CanonicalMetrics.resolve("農村居民人均可支配收入").phrase()).isEqualTo("農村居民人均可支配收入");
        assertThat(CanonicalMetrics.resolve("一般公共預算支出").id()).isEqualTo("general_budget_expenditure");
    }
}
