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
}
