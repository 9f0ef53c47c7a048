package org.plantrack.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();

    @Test
    void holdsTheMainIndicatorGroupsWithBreadth() {
        assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(catalogue.categories()).contains("经济发展", "创新驱动", "民生福祉", "绿色生态", "安全保障");
    }

    @Test
    void idsAreUniqueLowerCaseAscii() {
        Set<String> seen = new HashSet<>();
        for (CatalogueIndicator i : catalogue.all()) {
            assertThat(i.id()).matches("[a-z][a-z0-9_]*");
            assertThat(seen.add(i.id())).as("duplicate id %s", i.id()).isTrue();
        }
    }

    @Test
    void everySimpleUnitIsOneTheConversionsKnow() {
        for (CatalogueIndicator i : catalogue.all()) {
            // compound units (万元/人, 公斤/亩) are kept as written: nothing in a document converts into them
            if (i.unit() != null && !i.unit().contains("/")) {
                assertThat(catalogue.units().dimension(i.unit())).as("unit of %s", i.id()).isPresent();
            }
        }
    }

    @Test
    void noWordingOfOneIndicatorNormalisesToAnother() {
        assertThat(MetricResolver.standard().clashes()).isEmpty();
    }

    @Test
    void carriesDirectionAndUsualAttribute() {
        CatalogueIndicator forest = catalogue.byId("forest_coverage").orElseThrow();
        assertThat(forest.direction()).isEqualTo(Direction.HIGHER);
        assertThat(forest.usualAttribute()).isEqualTo(CatalogueIndicator.BINDING);
        CatalogueIndicator unemployment = catalogue.byId("urban_surveyed_unemployment").orElseThrow();
        assertThat(unemployment.direction()).isEqualTo(Direction.LOWER);
        assertThat(unemployment.usualAttribute()).isEqualTo(CatalogueIndicator.ANTICIPATORY);
        assertThat(catalogue.byId("gdp").orElseThrow().unit()).isEqualTo("亿元");
    }

    @Test
    void convertsValuesIntoTheCanonicalUnit() {
        CatalogueIndicator gdp = catalogue.byId("gdp").orElseThrow();
        assertThat(catalogue.inCanonicalUnit(gdp, new BigDecimal("3.2"), "万亿元")).contains(new BigDecimal("3.2E+4"));
        assertThat(catalogue.inCanonicalUnit(gdp, new BigDecimal("5600"), "万元")).contains(new BigDecimal("0.56"));
        // a growth rate is not an amount
        assertThat(catalogue.inCanonicalUnit(gdp, new BigDecimal("6.5"), "%")).isEmpty();
    }

    @Test
    void percentAndPercentagePointsDoNotConvert() {
        UnitConversions u = catalogue.units();
        assertThat(u.convertible("%", "个百分点")).isFalse();
        assertThat(u.convertible("个百分点", "百分点")).isTrue();
        assertThat(u.convertible("亿美元", "亿元")).isFalse();
        assertThat(u.convert(new BigDecimal("2"), "万亩", "亩")).contains(new BigDecimal("2E+4"));
    }

    @Test
    void aGrowthRateIsItsOwnIndicatorPairedWithItsLevel() {
        CatalogueIndicator gdp = catalogue.byId("gdp").orElseThrow();
        CatalogueIndicator growth = catalogue.growthOf(gdp).orElseThrow();
        assertThat(growth.id()).isEqualTo("gdp_growth");
        assertThat(growth.unit()).isEqualTo("%");
        assertThat(catalogue.levelOf(growth)).contains(gdp);
        assertThat(catalogue.isGrowthRate(growth)).isTrue();
        assertThat(catalogue.isGrowthRate(gdp)).isFalse();
        assertThat(catalogue.label(growth)).isEqualTo("地区生产总值 · 增速");
        assertThat(catalogue.label(gdp)).isEqualTo("地区生产总值");
        // a growth rate has no growth of its own, and an indicator without a growth entry has none
        assertThat(catalogue.growthOf(growth)).isEmpty();
        assertThat(catalogue.growthOf(catalogue.byId("forest_coverage").orElseThrow())).isEmpty();
    }

    @Test
    void everyGrowthRateOfTheCatalogueNamesALevelInAnotherUnit() {
        long rates = catalogue.all().stream().filter(catalogue::isGrowthRate).count();
        assertThat(rates).as("growth rates paired with their level").isGreaterThanOrEqualTo(10);
        for (CatalogueIndicator i : catalogue.all()) {
            catalogue.levelOf(i).ifPresent(level -> {
                assertThat(catalogue.growthOf(level)).as("the level of %s leads back to it", i.id()).contains(i);
                assertThat(level.unit()).as("level of %s", i.id()).isNotEqualTo("%");
            });
        }
    }
}
