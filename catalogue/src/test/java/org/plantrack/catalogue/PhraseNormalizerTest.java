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

    @Test
    void aYearAPlanPeriodATargetVerbOrABasisBeforeTheNameIsNotPartOfIt() {
        assertThat(n.key("2030年森林覆盖率")).isEqualTo("森林覆盖率");
        assertThat(n.key("到2030年末常住人口")).isEqualTo("常住人口");
        assertThat(n.key("“十五五”期间地区生产总值年均增长")).isEqualTo("GDP增长");
        assertThat(n.key("力争高新技术企业")).isEqualTo("高新技术企业");
        assertThat(n.key("确保耕地保有量")).isEqualTo("耕地保有量");
        assertThat(n.key("累计建成充电桩")).isEqualTo("充电桩");
        assertThat(n.key("按户籍人口计算的人均地区生产总值")).isEqualTo("人均GDP");
        assertThat(n.key("年均细颗粒物浓度")).isEqualTo("细颗粒物浓度");
        // 建成区 is a place word of its own, and a bare year stays
        assertThat(n.key("建成区面积")).isEqualTo("建成区面积");
        assertThat(n.key("2030年")).isEqualTo("2030年");
    }

    @Test
    void aComparisonWithTheYearBeforeAndTheWordingOfAFallAreOneForm() {
        assertThat(n.surface("粮食产量比上年增长")).isEqualTo("粮食产量增长");
        assertThat(n.surface("工业增加值同比增长率")).isEqualTo("工业增加值增长");
        assertThat(n.surface("单位工业增加值能耗下降率")).isEqualTo("单位工业增加值能耗降低");
        assertThat(n.surface("氨氮排放量比上年下降")).isEqualTo("氨氮排放量降低");
        assertThat(n.surface("居民消费价格比上年上涨")).isEqualTo("居民消费价格上涨");
        // a rate that rises by points is a change of the rate itself (decision 0006)
        assertThat(n.surface("人口城镇化率比上年提高")).isEqualTo("人口城镇化率");
        assertThat(n.surface("农民收入提高")).isEqualTo("农民收入提高");
    }

    @Test
    void aSectorShareIsTheShareOfItsValueAddedWithOrWithoutTheWord() {
        assertThat(n.surface("第一产业占比")).isEqualTo(n.surface("第一产业增加值比重"));
        assertThat(n.surface("制造业占地区生产总值比重")).isEqualTo(n.surface("制造业增加值占地区生产总值的比重"));
        assertThat(n.surface("数字经济占GDP比例")).isEqualTo("数字经济增加值占GDP比重");
        // not a sector: the share stays as written
        assertThat(n.surface("研发经费占GDP比重")).isEqualTo("研发经费占GDP比重");
        assertThat(n.surface("老年人口占比")).isEqualTo("老年人口比重");
    }

    @Test
    void aLatinGlossAndThePriceBasisInParenthesesAreDropped() {
        assertThat(n.surface("地区生产总值（GDP）")).isEqualTo("GDP");
        assertThat(n.surface("居民消费价格指数（CPI）涨幅")).isEqualTo("居民消费价格涨幅");
        assertThat(n.surface("可吸入颗粒物（PM10）浓度")).isEqualTo("可吸入颗粒物浓度");
        assertThat(n.surface("地区生产总值（当年价）")).isEqualTo("GDP");
        assertThat(n.surface("工业总产值（亿元，按可比价格计算）")).isEqualTo("工业产值");
        assertThat(n.surface("地区生产总值（可比价）增速")).isEqualTo("GDP增长");
        // a Chinese word in parentheses is part of the name
        assertThat(n.surface("每千人口执业（助理）医师数")).isEqualTo("每千人执业(助理)医师数");
    }

    @Test
    void populationAndPerHeadWordingsAreOneForm() {
        assertThat(n.surface("农村常住居民人均消费支出")).isEqualTo("农村居民人均消费支出");
        assertThat(n.surface("城镇常住居民人均可支配收入")).isEqualTo("城镇居民人均可支配收入");
        assertThat(n.surface("农民人均纯收入")).isEqualTo("农村居民人均纯收入");
        assertThat(n.surface("每万常住人口拥有公共图书馆藏书")).isEqualTo("每万人公共图书馆藏书");
        assertThat(n.surface("每千人口拥有养老床位")).isEqualTo(n.surface("每千人养老床位"));
    }

    @Test
    void abbreviationsAndSynonymsOfStatisticalWordsAreOneForm() {
        assertThat(n.surface("社零额增速")).isEqualTo("社会消费品零售总额增长");
        assertThat(n.surface("CPI")).isEqualTo(n.surface("居民消费价格指数"));
        assertThat(n.surface("PPI涨幅")).isEqualTo("工业生产者出厂价格涨幅");
        assertThat(n.surface("平均期望寿命")).isEqualTo("平均预期寿命");
        assertThat(n.surface("万元地区生产总值综合能耗")).isEqualTo("万元GDP能耗");
        assertThat(n.surface("铁路运营总里程")).isEqualTo("铁路营业里程");
        assertThat(n.surface("地方财政一般公共预算收入")).isEqualTo("地方一般公共预算收入");
    }

    @Test
    void aTrailingCountWordIsDropped() {
        assertThat(n.surface("科技型中小企业数量")).isEqualTo("科技型中小企业");
        assertThat(n.surface("数量")).isEqualTo("数量");
    }
}
