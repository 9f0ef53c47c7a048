package org.plantrack.regions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionResolverTest {

    private final RegionResolver resolver = RegionResolver.standard();

    @Test
    void fullNameResolves() {
        RegionResolution r = resolver.resolve("太原市");
        assertThat(r.region().code()).isEqualTo("140100");
    }

    @Test
    void shortNameResolvesToTheFullDivision() {
        assertThat(resolver.resolve("太原").region().name()).isEqualTo("太原市");
        Region fucheng = resolver.resolve("涪城").region();
        assertThat(fucheng.name()).isEqualTo("涪城区");
        assertThat(resolver.registry().parent(fucheng).name()).isEqualTo("绵阳市");
        assertThat(resolver.resolve("广西").region().name()).isEqualTo("广西壮族自治区");
    }

    @Test
    void nationalNamesResolveToTheNation() {
        assertThat(resolver.resolve("全国").region()).isEqualTo(Region.NATIONAL);
        assertThat(resolver.resolve("我国").region().level()).isEqualTo(RegionLevel.NATIONAL);
    }

    @Test
    void parentPrefixedNamesResolveToTheInnermostUnit() {
        assertThat(resolver.resolve("四川省绵阳市涪城区").region().name()).isEqualTo("涪城区");
        // 鼓楼区 exists in several cities; the prefix says which
        Region gulou = resolver.resolve("福州市鼓楼区").region();
        assertThat(gulou.name()).isEqualTo("鼓楼区");
        assertThat(resolver.registry().parent(gulou).name()).isEqualTo("福州市");
    }

    @Test
    void aBareNameSharedWithAProvinceIsTheProvince() {
        RegionResolution jilin = resolver.resolve("吉林");
        assertThat(jilin.region().name()).isEqualTo("吉林省");
        assertThat(jilin.candidates()).hasSizeGreaterThan(1);
        // written in full, the city is meant
        assertThat(resolver.resolve("吉林市").region().level()).isEqualTo(RegionLevel.CITY);
    }

    @Test
    void aBareNameSharedWithAUnitInsideItIsTheEnclosingUnit() {
        RegionResolution changsha = resolver.resolve("长沙");
        assertThat(changsha.region().name()).isEqualTo("长沙市");
        assertThat(changsha.candidates()).extracting(Region::name).contains("长沙县");
        assertThat(resolver.resolve("长沙县").region().level()).isEqualTo(RegionLevel.COUNTY);
    }

    @Test
    void contextNamingTheParentPicksAmongNamesakes() {
        RegionResolution r = resolver.resolve("鼓楼区", "福州市第十四次党代会报告提出", null);
        assertThat(r.resolved()).isTrue();
        assertThat(r.region().parentCode()).isEqualTo("350100");
    }

    @Test
    void levelShownByTheTextPicksAmongNamesakes() {
        // 朝阳: a prefecture in 辽宁, districts in 北京 and 长春, a county; 全市 shows a city
        RegionResolution r = resolver.resolve("朝阳", "全市上下", RegionLevel.CITY);
        assertThat(r.region().name()).isEqualTo("朝阳市");
    }

    @Test
    void namesakesWithoutContextStayUnresolvedAndFlagged() {
        RegionResolution r = resolver.resolve("鼓楼区");
        assertThat(r.resolved()).isFalse();
        assertThat(r.ambiguous()).isTrue();
        assertThat(r.candidates()).extracting(Region::name).containsOnly("鼓楼区");
    }

    @Test
    void unknownNamesStayUnresolvedWithoutCandidates() {
        RegionResolution r = resolver.resolve("青禾县");
        assertThat(r.resolved()).isFalse();
        assertThat(r.ambiguous()).isFalse();
    }
}
