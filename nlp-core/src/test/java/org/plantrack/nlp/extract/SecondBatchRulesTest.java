package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.Indicator;

/** One test per rule added for the second held-out batch (UnseenPhrasingsSecondBatchTest), on sentences of its own. */
class SecondBatchRulesTest {

    private static List<Indicator> run(String text, String date) {
        return DocumentAnalyzer.standard()
                .analyze((text + "\n").getBytes(StandardCharsets.UTF_8), "t.txt", new AnalysisHints(null, null, date))
                .indicators();
    }

    private static Indicator only(String text, String date) {
        List<Indicator> l = run(text, date);
        assertThat(l).as(text).hasSize(1);
        return l.get(0);
    }

    @Test
    void dailyCapacitiesKeepTheirPerDayUnit() {
        Indicator i = only("到2025年，新增再生水利用能力8万吨/日。", "2021-06-01");
        assertThat(i.value()).isEqualByComparingTo("8");
        assertThat(i.unit()).isEqualTo("万吨/日");
        assertThat(only("全市日供水能力达到120万立方米/日。", "2024-03-01").unit()).isEqualTo("万立方米/日");
    }

    @Test
    void volumesAreCountedInCe() {
        Indicator i = only("全市公共图书馆总藏书量达到860万册。", "2024-03-01");
        assertThat(i.unit()).isEqualTo("万册");
        assertThat(i.metric()).isEqualTo("公共图书馆总藏书量");
    }

    @Test
    void spokenHundredMillionsAreMoneyAfterAMoneyMetric() {
        Indicator i = only("去年全市税收收入有三十个亿。", "2024-02-01");
        assertThat(i.value()).isEqualByComparingTo("30");
        assertThat(i.unit()).isEqualTo("亿元");
        // Without a money metric a bare 亿 names nothing measurable.
        assertThat(run("这件事拖了好几个亿的账都没算清楚。", "2024-02-01")).isEmpty();
    }

    @Test
    void spokenHedgesAreApproximationsAndNoPartOfTheName() {
        Indicator i = only("今年全镇农业产值差不多有9亿元。", "2024-02-01");
        assertThat(i.metric()).isEqualTo("农业产值");
        assertThat(i.qualifier()).isEqualTo("~");
        assertThat(only("去年城区绿地面积几乎达到300公顷。", "2024-02-01").qualifier()).isEqualTo("~");
        assertThat(only("十年间全县农民收入差不多翻了两番。", "2024-02-01").qualifier()).isEqualTo("~");
    }

    @Test
    void aSpokenComparisonWithMoreOrLessIsAChangeOfTheSubject() {
        List<Indicator> l = run("去年全县粮食产量30万吨，比前年多了1.5万吨。", "2024-02-01");
        assertThat(l).hasSize(2);
        assertThat(l.get(1).metric()).isEqualTo("粮食产量");
        assertThat(l.get(1).change()).isEqualTo("increase");
        Indicator less = run("去年全县外出务工人员12万人，比上年少了8000人。", "2024-02-01").get(1);
        assertThat(less.change()).isEqualTo("decrease");
    }

    @Test
    void aThresholdWordAfterTheValueIsNotItsName() {
        List<Indicator> l = run("五年来，全省一般公共预算收入年均增长6%，迈上五千亿元台阶。", "2022-05-01");
        assertThat(l).hasSize(2);
        assertThat(l.get(1).metric()).isEqualTo("一般公共预算收入");
        assertThat(l.get(1).value()).isEqualByComparingTo("5000");
    }

    @Test
    void speakersAndAttendeesOfTheMeetingNarratedAreNoIndicators() {
        assertThat(run("座谈会上，8位企业家代表先后作了发言。", "2024-04-01")).isEmpty();
        assertThat(run("随后，3个乡镇和2个部门作了典型发言。", "2024-04-01")).isEmpty();
        assertThat(run("出席会议的有全体市级领导和各部门负责同志共200余人。", "2024-04-01")).isEmpty();
        // Meetings a government held over a year are its work.
        assertThat(run("过去一年，县政府召开常务会议18次。", "2024-01-20")).hasSize(1);
    }

    @Test
    void aMoveInARankingIsNoIndicator() {
        assertThat(run("全县县域经济综合排名上升5位，居全省第18位。", "2024-04-01")).isEmpty();
        assertThat(run("我区科技创新指数排名较上年前进了3个位次。", "2024-04-01")).isEmpty();
    }

    @Test
    void weightsOfAnAssessmentAreParameters() {
        assertThat(run("群众满意度测评结果按20%的权重计入总分，基础工作权重为15%。", "2022-03-01")).isEmpty();
    }

    @Test
    void anAmountPassedAndGluedToAClassIsPartOfItsName() {
        Indicator i = only("到2025年，全市营业收入超十亿元企业达到45家。", "2021-06-01");
        assertThat(i.value()).isEqualByComparingTo("45");
        assertThat(i.metric()).contains("超十亿元企业");
    }

    @Test
    void aPlanPeriodInWordsMakesATarget() {
        Indicator i = only("规划期内新建乡镇综合文化站16个。", "2021-06-01");
        assertThat(i.kind()).isEqualTo("target");
    }

    @Test
    void membersJoinedByAndInsideTheirNamesStaySeparateMembers() {
        List<Indicator> l = run("全年黑色金属冶炼和压延加工业、汽车制造业增加值分别增长4.1%、9.6%。", "2024-03-01");
        assertThat(l).extracting(Indicator::metric)
                .containsExactly("黑色金属冶炼和压延加工业增加值", "汽车制造业增加值");
        assertThat(l).extracting(Indicator::change).containsOnly("increase");
    }

    @Test
    void anAverageOverAnUndatedSpanHasNoYearThoughTheHorizonMakesItAGoal() {
        List<Indicator> l = run("未来五年，全县城乡居民收入年均增长7%，到2027年达到4.5万元。", "2022-11-01");
        Indicator rate = l.stream().filter(i -> i.unit().equals("%")).findFirst().orElseThrow();
        assertThat(rate.year()).isNull();
        assertThat(rate.kind()).isEqualTo("target");
        Indicator level = l.stream().filter(i -> i.unit().equals("万元")).findFirst().orElseThrow();
        assertThat(level.year()).isEqualTo(2027);
    }

    @Test
    void aBareGrowthNounIsTheSubjectsAndFallsBackInPoints() {
        List<Indicator> l = run("全年全市农业增加值增长3.2%，增速比上年回落0.6个百分点。", "2024-03-01");
        assertThat(l).hasSize(2);
        assertThat(l.get(1).metric()).startsWith("农业增加值");
        assertThat(l.get(1).change()).isEqualTo("decrease");
    }

    @Test
    void halfOfAReferenceComparesButAShareOfAWholeMeasures() {
        assertThat(run("全县人均公共文化设施面积还不到全国平均水平的一半。", "2024-03-01")).isEmpty();
        Indicator share = only("民营企业税收占全市的近一半。", "2024-03-01");
        assertThat(share.value()).isEqualByComparingTo(BigDecimal.valueOf(50));
    }

    @Test
    void statesOfAffairsAreNotTasks() {
        assertThat(only("全市下辖9个县市区。", "2021-06-01").kind()).isEqualTo("actual");
        assertThat(run("全年死亡人口4.1万人，出生人口3.6万人。", "2024-03-01"))
                .extracting(Indicator::kind).containsOnly("actual");
        List<Indicator> usd = run("全年人均地区生产总值8.2万元，折合约1.2万美元。", "2024-03-01");
        assertThat(usd).extracting(Indicator::kind).containsOnly("actual");
        assertThat(usd.get(1).metric()).isEqualTo("人均地区生产总值");
    }

    @Test
    void newlyAddedCountsAreLevelsNotChanges() {
        Indicator i = only("这几年全区新增了六百多家科技型中小企业。", "2024-02-01");
        assertThat(i.change()).isNull();
        assertThat(i.qualifier()).isEqualTo(">=");
    }
}
