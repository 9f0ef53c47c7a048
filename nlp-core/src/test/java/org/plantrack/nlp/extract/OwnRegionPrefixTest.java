package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnRegionPrefixTest {

    @Test
    void dropsTheDocumentsOwnRegionInFullOrShortForm() {
        OwnRegionPrefix own = OwnRegionPrefix.of("绍兴市");
        assertThat(own.strip("绍兴人口")).isEqualTo("人口");
        assertThat(own.strip("绍兴市的常住人口")).isEqualTo("常住人口");
        assertThat(own.strip("绍兴市地区生产总值")).isEqualTo("地区生产总值");
        assertThat(own.strip("森林覆盖率")).isEqualTo("森林覆盖率");
        // nothing left to name the figure: keep it
        assertThat(own.strip("绍兴市")).isEqualTo("绍兴市");
    }

    @Test
    void aTextComparingPlacesKeepsEveryRegion() {
        OwnRegionPrefix own = OwnRegionPrefix.of("长沙市");
        assertThat(own.namesOtherPlaces(List.of("长沙数字经济规模", "武汉市GDP", "数字经济占比", "武汉数字经济规模"))).isTrue();
        assertThat(own.namesOtherPlaces(List.of("南昌市地区生产总值", "南昌市人均地区生产总值"))).isTrue();
        // one landmark is no compared region; the country is no other region
        assertThat(own.namesOtherPlaces(List.of("长沙数字经济规模", "滨河自行车道", "城市万人公交车拥有量",
                "全省森林覆盖率", "城镇登记失业率", "城镇新增就业", "中国500强企业", "中国驰名商标"))).isFalse();
    }

    @Test
    void theWholeCountryOrAnUnknownRegionHasNoPrefixToDrop() {
        assertThat(OwnRegionPrefix.of("全国")).isNull();
        assertThat(OwnRegionPrefix.of(null)).isNull();
    }
}
