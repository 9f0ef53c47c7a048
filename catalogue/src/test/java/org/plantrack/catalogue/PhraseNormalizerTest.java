package org.plantrack.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseNormalizerTest {

    // 亿吨标准煤 is deliberately missing: a parenthesis that is not a known unit stays
    private final PhraseNormalizer n = new PhraseNormalizer(Set.of("亿元", "万元", "万人"));

    @Test
    void gdpWordingsAreOneForm() {
        assertThat(n.surface("国内生产总值")).isEqualTo("GDP");
        assertThat(n.surface("地区生产总值")).isEqualTo("GDP");
        assertThat(n.surface("ｇｄｐ")).isEqualTo("GDP");
        assertThat(n.surface("单位地区生产总值能源消耗")).isEqualTo("单位GDP能耗");
    }

    @Test
    void shareWordingsAreOneForm() {
        assertThat(n.surface("研究与试验发展经费占国内生产总值的比例")).isEqualTo("研发经费占GDP比重");
        assertThat(n.surface("R&D经费支出占GDP比重")).isEqualTo("研发经费支出占GDP比重");
        assertThat(n.surface("三次产业构成（第三产业）")).isEqualTo("第三产业增加值占GDP比重");
        assertThat(n.surface("服务业增加值占地区生产总值比重")).isEqualTo("第三产业增加值占GDP比重");
    }

    @Test
    void perPopulationWordingsAreOneForm() {
        assertThat(n.surface("万人发明专利拥有量")).isEqualTo(n.surface("每万人口发明专利拥有量"));
        assertThat(n.surface("千人口床位数")).isEqualTo(n.surface("每千人床位数"));
        assertThat(n.surface("接待游客万人次")).isEqualTo("接待游客万人次");
    }

    @Test
    void tableDecorationsAreDropped() {
        assertThat(n.surface("3. 地区生产总值（亿元）")).isEqualTo("GDP");
        assertThat(n.surface("①森林覆盖率（%）【约束性】")).isEqualTo("森林覆盖率");
        assertThat(n.surface("“菜篮子”工程")).isEqualTo("菜篮子工程");
        assertThat(n.surface("地表水达到或好于Ⅲ类水体比例")).isEqualTo("地表水达到或优于三类水体比例");
    }

    @Test
    void growthWordingsAtTheEndAreOneForm() {
        assertThat(n.surface("社会消费品零售总额增速")).isEqualTo("社会消费品零售总额增长");
        assertThat(n.surface("研发经费投入年均增长率")).isEqualTo("研发经费投入增长");
        // inside a name 增长 is part of it
        assertThat(n.surface("第三产业对经济增长的贡献率")).isEqualTo("第三产业对经济增长贡献率");
    }

    @Test
    void aCompoundUnitInParenthesesIsDropped() {
        assertThat(n.surface("人均地区生产总值（万元/人）")).isEqualTo("人均GDP");
        assertThat(n.surface("能源综合生产能力（亿吨标准煤）")).isEqualTo("能源综合生产能力（亿吨标准煤）".replace('（', '(').replace('）', ')'));
    }

    @Test
    void keyDropsScopeAndSizeWords() {
        assertThat(n.key("全市年末常住人口")).isEqualTo("常住人口");
        assertThat(n.key("经济总量")).isEqualTo("经济");
        assertThat(n.key("城镇累计新增就业")).isEqualTo("城镇新增就业");
        // a word that is the whole name stays
        assertThat(n.key("规模")).isEqualTo("规模");
    }
}
