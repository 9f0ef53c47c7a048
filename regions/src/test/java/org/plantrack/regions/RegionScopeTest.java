package org.plantrack.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegionScopeTest {

    private final RegionRegistry registry = RegionRegistry.standard();

    @Test
    void theCodePrefixAgreesWithTheParentLinksForEveryDivision() {
        List<Region> outers = registry.all().stream().filter(r -> r.level() != RegionLevel.COUNTY).toList();
        List<String> disagreements = new java.util.ArrayList<>();
        for (Region outer : outers) {
            for (Region inner : registry.all()) {
                if (RegionScope.contains(outer, inner.code()) != registry.within(inner, outer)) {
                    disagreements.add(inner.code() + " " + inner.name() + " / " + outer.code() + " " + outer.name());
                }
            }
        }
        assertThat(outers).hasSizeGreaterThan(300);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void prefixesByTier() {
        assertThat(RegionScope.codePrefix(registry.byCode("140000"))).isEqualTo("14");
        assertThat(RegionScope.codePrefix(registry.byCode("140100"))).isEqualTo("1401");
        assertThat(RegionScope.codePrefix(registry.named("涪城区").get(0))).isEqualTo("510703");
        assertThat(RegionScope.codePrefix(Region.NATIONAL)).isEmpty();
        assertThat(RegionScope.contains(registry.byCode("140000"), null)).isFalse();
    }

    @Test
    void insideListsTheRegionAndItsDescendants() {
        List<Region> shanxi = registry.inside(registry.byCode("140000"));
        assertThat(shanxi.get(0).name()).isEqualTo("山西省");
        assertThat(shanxi).extracting(Region::name).contains("太原市", "小店区").doesNotContain("石家庄市");
        // 省直辖 county-level cities hang under their province: inside it, not inside any prefecture
        assertThat(registry.inside(registry.byCode("420000"))).extracting(Region::name).contains("仙桃市");
        assertThat(registry.inside(Region.NATIONAL)).hasSize(registry.size() + 1).first().isEqualTo(Region.NATIONAL);
    }

    @Test
    void levelsAsQueriesNameThem() {
        assertThat(RegionLevel.parse("prefecture")).isEqualTo(RegionLevel.CITY);
        assertThat(RegionLevel.parse(" County ")).isEqualTo(RegionLevel.COUNTY);
        assertThat(RegionLevel.parse("province")).isEqualTo(RegionLevel.PROVINCE);
        assertThatThrownBy(() -> RegionLevel.parse("township")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("township").hasMessageContaining("prefecture");
    }
}
