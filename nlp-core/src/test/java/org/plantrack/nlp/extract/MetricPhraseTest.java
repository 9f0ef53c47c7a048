package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The noun phrase of a metric candidate, by part of speech. */
class MetricPhraseTest {

    @Test
    void wordsWithoutANounNameNothing() {
        assertThat(MetricPhrase.of("从目前")).isEmpty();
        assertThat(MetricPhrase.of("再")).isEmpty();
        assertThat(MetricPhrase.of("大幅")).isEmpty();
    }

    @Test
    void aPlaceThatIsTheSubjectOfALightVerbGoes() {
        assertThat(MetricPhrase.of("佛山市要实现地区生产总值")).isEqualTo("地区生产总值");
        assertThat(MetricPhrase.of("佛山完成固定资产投资")).isEqualTo("固定资产投资");
    }

    @Test
    void aPlaceThatModifiesTheNounStays() {
        assertThat(MetricPhrase.of("太原人口")).isEqualTo("太原人口");
    }

    @Test
    void timeWordsAndDeterminersGoBeforeANoun() {
        assertThat(MetricPhrase.of("年末常住人口")).isEqualTo("常住人口");
        assertThat(MetricPhrase.of("各类市场主体")).isEqualTo("市场主体");
    }

    @Test
    void anAdverbBeforeANounIsPartOfTheName() {
        assertThat(MetricPhrase.of("自然增长率")).isEqualTo("自然增长率");
    }

    @Test
    void contentVerbsOfVerbObjectNamesStay() {
        assertThat(MetricPhrase.of("新增就业")).isEqualTo("新增就业");
        assertThat(MetricPhrase.of("修复山体")).isEqualTo("修复山体");
    }

    @Test
    void comparisonBaseTargetWordAndModifierClauseGo() {
        assertThat(MetricPhrase.of("城镇居民人均可支配收入比去年同期")).isEqualTo("城镇居民人均可支配收入");
        assertThat(MetricPhrase.of("地区生产总值增长目标")).isEqualTo("地区生产总值");
        assertThat(MetricPhrase.of("按可比价格计算的国内生产总值")).isEqualTo("国内生产总值");
        assertThat(MetricPhrase.of("第三产业对经济增长的贡献率")).isEqualTo("第三产业对经济增长的贡献率");
    }

    @Test
    void aLatinAbbreviationGlossingAChineseNameGoes() {
        assertThat(MetricPhrase.of("地区生产总值（GDP）")).isEqualTo("地区生产总值");
        assertThat(MetricPhrase.of("GDP(地区生产总值)总量")).isEqualTo("地区生产总值总量");
        assertThat(MetricPhrase.of("5G基站")).isEqualTo("5G基站");
        assertThat(MetricPhrase.of("PM2.5平均浓度")).isEqualTo("PM2.5平均浓度");
    }

    @Test
    void anOutcomeVerbGoesAndItsObjectIsTheName() {
        assertThat(MetricPhrase.of("建成开通5G基站")).isEqualTo("5G基站");
        assertThat(MetricPhrase.of("全市建成充电桩")).isEqualTo("充电桩");
        assertThat(MetricPhrase.of("高标准建成社区食堂")).isEqualTo("社区食堂");
        assertThat(MetricPhrase.of("配备社区医生")).isEqualTo("社区医生");
        assertThat(MetricPhrase.of("遴选示范企业")).isEqualTo("示范企业");
    }

    @Test
    void verbsThatDefineTheCountAndNounsStartingWithAnOutcomeVerbStay() {
        assertThat(MetricPhrase.of("新建公办幼儿园")).isEqualTo("新建公办幼儿园");
        assertThat(MetricPhrase.of("城市建成区绿化覆盖率")).isEqualTo("城市建成区绿化覆盖率");
        assertThat(MetricPhrase.of("建成区面积")).isEqualTo("建成区面积");
        assertThat(MetricPhrase.of("建设用地面积")).isEqualTo("建设用地面积");
    }

    @Test
    void everyKindSaysNothingWhereverItStands() {
        assertThat(MetricPhrase.of("查处各类违法案件")).isEqualTo("查处违法案件");
        assertThat(MetricPhrase.of("各类营造林")).isEqualTo("营造林");
    }

    @Test
    void whoReportsTheFigureIsNotItsName() {
        assertThat(MetricPhrase.of("市党代会提出了服务业占GDP比重")).isEqualTo("服务业占GDP比重");
        assertThat(MetricPhrase.of("报告指出常住人口城镇化率")).isEqualTo("常住人口城镇化率");
    }

    @Test
    void aComparisonBaseAloneNamesNothing() {
        assertThat(MetricPhrase.of("比2019年同期")).isEmpty();
        assertThat(MetricPhrase.comparisonBase("比2019年同期")).isEqualTo("比2019年同期");
        assertThat(MetricPhrase.comparisonBase("地区生产总值比上年")).isNull();
        assertThat(MetricPhrase.of("与上年相比粮食产量")).isEqualTo("粮食产量");
    }

    @Test
    void framingWordsAndAChangeVerbNameNothing() {
        assertThat(MetricPhrase.of("从目前再提高")).isEmpty();
        assertThat(MetricPhrase.of("新增就业")).isEqualTo("新增就业");
    }

    @Test
    void aTrailingAdverbGoes() {
        assertThat(MetricPhrase.of("研发经费投入强度大幅")).isEqualTo("研发经费投入强度");
        assertThat(MetricPhrase.of("粮食产量稳步")).isEqualTo("粮食产量");
    }

    @Test
    void aDeadlineAndARegionThatIsTheSubjectGo() {
        assertThat(MetricPhrase.of("到2025年地区生产总值")).isEqualTo("地区生产总值");
        assertThat(MetricPhrase.of("江北市要实现规模以上工业增加值")).isEqualTo("规模以上工业增加值");
        assertThat(MetricPhrase.of("江北市社会消费品零售总额")).isEqualTo("江北市社会消费品零售总额");
    }

    @Test
    void theStartOfARangeIsNotPartOfTheName() {
        assertThat(MetricPhrase.of("向华东送电200 ～")).isEqualTo("向华东送电");
        assertThat(MetricPhrase.of("PM2.5平均浓度")).isEqualTo("PM2.5平均浓度");
    }

    @Test
    void aLightVerbBetweenSubjectAndObjectOnlyLinksThem() {
        assertThat(MetricPhrase.of("规模以上工业企业实现营业收入")).isEqualTo("规模以上工业企业营业收入");
        assertThat(MetricPhrase.of("农林牧渔业实现总产值")).isEqualTo("农林牧渔业总产值");
        // A region before the verb is the clause's subject, not a modifier of the figure.
        assertThat(MetricPhrase.of("江北市实现社会消费品零售总额")).isEqualTo("社会消费品零售总额");
    }

    @Test
    void aTimeWordAfterTheRegionOpeningANameGoes() {
        assertThat(MetricPhrase.of("香港特区全年本地生产总值")).isEqualTo("香港特区本地生产总值");
        assertThat(MetricPhrase.of("临江市年末常住人口")).isEqualTo("临江市常住人口");
    }
}
