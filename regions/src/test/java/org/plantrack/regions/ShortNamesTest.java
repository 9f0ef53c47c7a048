package org.plantrack.regions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortNamesTest {

    @Test
    void administrativeSuffixIsDropped() {
        assertThat(ShortNames.of("太原市")).isEqualTo("太原");
        assertThat(ShortNames.of("涪城区")).isEqualTo("涪城");
        assertThat(ShortNames.of("上杭县")).isEqualTo("上杭");
        assertThat(ShortNames.of("山西省")).isEqualTo("山西");
        assertThat(ShortNames.of("锡林郭勒盟")).isEqualTo("锡林郭勒");
    }

    @Test
    void autonomousUnitsLoseTheirEthnicGroups() {
        assertThat(ShortNames.of("广西壮族自治区")).isEqualTo("广西");
        assertThat(ShortNames.of("新疆维吾尔自治区")).isEqualTo("新疆");
        assertThat(ShortNames.of("巍山彝族回族自治县")).isEqualTo("巍山");
        assertThat(ShortNames.of("黔东南苗族侗族自治州")).isEqualTo("黔东南");
        assertThat(ShortNames.of("香港特别行政区")).isEqualTo("香港");
    }

    @Test
    void oneCharacterLeftIsNoShortName() {
        assertThat(ShortNames.of("赵县")).isNull();
        assertThat(ShortNames.of("城区")).isNull();
    }
}
