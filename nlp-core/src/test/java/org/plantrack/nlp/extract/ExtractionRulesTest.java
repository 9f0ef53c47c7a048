package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.Indicator;

/** Each extraction rule, on sentences written for these tests. */
class ExtractionRulesTest {

    private static List<Indicator> run(String text, String date) {
        return DocumentAnalyzer.standard()
                .analyze(text.getBytes(StandardCharsets.UTF_8), "t.txt", new AnalysisHints(null, null, date))
                .indicators();
    }

    private static List<Indicator> run(String text) {
        return run(text, "2023-03-01");
    }

    private static Indicator only(String text) {
        List<Indicator> l = run(text);
        assertThat(l).as("indicators of %s", text).hasSize(1);
        return l.get(0);
    }

    private static void value(Indicator i, String v, String unit) {
        assertThat(i.value()).isEqualByComparingTo(new BigDecimal(v));
        assertThat(i.unit()).isEqualTo(unit);
    }

    @Test
    void arabicNumbersWithMultipliersAndUnits() {
        Indicator i = only("全县实现一般公共预算收入12.35亿元。");
        value(i, "12.35", "亿元");
        assertThat(i.metric()).isEqualTo("一般公共预算收入");
        value(only("新增城镇就业2.6万人。"), "2.6", "万人");
        value(only("完成植树造林1,250亩。"), "1250", "亩");
        value(only("外贸进出口总额达到3800万美元。"), "3800", "万美元");
    }

    @Test
    void chineseNumeralsOnlyAsQuantities() {
        Indicator i = only("财政支出七成以上用于民生。");
        value(i, "7", "成");
        assertThat(i.qualifier()).isEqualTo(">=");
        Indicator j = only("全市配备社区工作者近万名。");
        value(j, "1", "万名");
        assertThat(j.qualifier()).isEqualTo("~");
        value(only("产业规模向万亿元迈进。"), "1", "万亿元");
        value(only("粮食产量达到十二万吨。"), "12", "万吨");
        assertThat(run("引进一批项目，形成两个中心，打造三大平台，落实六稳六保。")).isEmpty();
    }

    @Test
    void qualifiers() {
        assertThat(only("城镇新增就业5万人以上。").qualifier()).isEqualTo(">=");
        assertThat(only("城镇登记失业率控制在4.5%以内。").qualifier()).isEqualTo("<=");
        assertThat(only("居民消费价格涨幅3%左右。").qualifier()).isEqualTo("~");
        assertThat(only("建成充电桩3000余个。").qualifier()).isEqualTo(">=");
        assertThat(only("培训农民工600多人次。").qualifier()).isEqualTo(">=");
        assertThat(only("服务业增加值占比接近55%。").qualifier()).isEqualTo("~");
        assertThat(only("全年接待游客突破800万人次。").qualifier()).isEqualTo(">=");
        assertThat(only("人均地区生产总值超过8万元。").qualifier()).isEqualTo(">=");
    }

    @Test
    void changesAndLevels() {
        Indicator up = only("规模以上工业增加值增长6.5%。");
        assertThat(up.change()).isEqualTo("increase");
        assertThat(up.metric()).isEqualTo("规模以上工业增加值");
        assertThat(only("单位地区生产总值能耗下降13.5%。").change()).isEqualTo("decrease");
        assertThat(only("研发投入强度提高0.4个百分点。").unit()).isEqualTo("个百分点");
        assertThat(only("外贸出口年均增长9.1%。").change()).isEqualTo("increase");
        assertThat(only("城镇化率提高到61.2%。").change()).isNull();
    }

    @Test
    void baselineFromAToB() {
        Indicator i = only("科技型企业由320家增加到1260家。");
        value(i, "1260", "家");
        assertThat(i.baseline()).isEqualByComparingTo("320");
        assertThat(i.metric()).isEqualTo("科技型企业");
        assertThat(i.change()).isNull();
        Indicator j = only("服务业占比从“十三五”末的48.2%提升到53.6%。");
        assertThat(j.baseline()).isEqualByComparingTo("48.2");
        value(j, "53.6", "%");
    }

    @Test
    void baselineWithYearsBetween() {
        Indicator i = only("地区生产总值由2015年的180亿元增加到2020年的265亿元。");
        value(i, "265", "亿元");
        assertThat(i.baseline()).isEqualByComparingTo("180");
        assertThat(i.metric()).isEqualTo("地区生产总值");
        assertThat(i.year()).isEqualTo(2020);
    }

    @Test
    void urbanAndRuralRespectively() {
        List<Indicator> l = run("城乡居民人均可支配收入分别达到46000元、23000元。");
        assertThat(l).extracting(Indicator::metric).containsExactly("城镇居民人均可支配收入", "农村居民人均可支配收入");
    }

    @Test
    void impliedUnitsOfBareMultipliers() {
        value(only("全县1.5万建档立卡贫困人口全部脱贫。"), "1.5", "万人");
        value(only("全市地区生产总值达到1.3万亿。"), "1.3", "万亿元");
        assertThat(run("总投资超过10万的小额项目若干。")).isEmpty();
        value(only("居民收入增长百分之六点五。"), "6.5", "%");
    }

    @Test
    void respectiveLists() {
        List<Indicator> l = run("单位地区生产总值能耗、二氧化碳排放分别降低14%、18%。");
        assertThat(l).hasSize(2);
        assertThat(l.get(0).metric()).isEqualTo("单位地区生产总值能耗");
        assertThat(l.get(1).metric()).isEqualTo("二氧化碳排放");
        assertThat(l).allMatch(i -> "decrease".equals(i.change()));
    }

    @Test
    void respectiveValuesContinueEarlierMetrics() {
        List<Indicator> l = run("城镇居民人均可支配收入48000元，农村居民人均可支配收入26000元，分别增长5.1%和7.2%。");
        assertThat(l).hasSize(4);
        assertThat(l.get(2).metric()).isEqualTo("城镇居民人均可支配收入");
        assertThat(l.get(3).metric()).isEqualTo("农村居民人均可支配收入");
        assertThat(l.get(3).change()).isEqualTo("increase");
        List<Indicator> p = run("年末常住人口580万人，比上年末增加2.1万人。");
        assertThat(p.get(1).metric()).isEqualTo("常住人口");
        assertThat(p.get(1).change()).isEqualTo("increase");
    }

    @Test
    void rangesGiveTwoIndicators() {
        List<Indicator> l = run("每年新培育上市企业3至5家。");
        assertThat(l).hasSize(2);
        value(l.get(0), "3", "家");
        assertThat(l.get(0).qualifier()).isEqualTo(">=");
        value(l.get(1), "5", "家");
        assertThat(l.get(1).qualifier()).isEqualTo("<=");
        List<Indicator> w = run("农民人均年收入达到3.5万-4万元。");
        assertThat(w).extracting(Indicator::unit).containsExactly("万元", "万元");
        List<Indicator> p = run("经济增长预期目标为5%-5.5%。");
        assertThat(p).extracting(Indicator::qualifier).containsExactly(">=", "<=");
    }

    @Test
    void tenthsAreSharesNamedByWhatTheyGoTo() {
        // GUIDELINES: the unit exactly as stated, so 七成 stays 7 成 (= 70%); the metric says what it is a share of.
        Indicator i = only("全县财政支出七成以上用于民生。");
        value(i, "7", "成");
        assertThat(i.metric()).isEqualTo("财政支出用于民生比重");
        Indicator p = only("新增信贷的60%投向制造业。");
        value(p, "60", "%");
        assertThat(p.metric()).isEqualTo("新增信贷投向制造业比重");
        assertThat(run("改革成果一成不变，房屋八成新。")).isEmpty();
        assertThat(run("总投资十二成本价。")).isEmpty();
    }

    @Test
    void verbsAndEmbeddedDatesAreNotPartOfTheName() {
        List<Indicator> l = run("到2030年，全区地区生产总值迈上千亿元台阶，水质优良比例保持100%。", "2026-01-20");
        assertThat(l).extracting(Indicator::metric).containsExactly("地区生产总值", "水质优良比例");
        List<Indicator> d = run("全区经济总量预计2025年达到300亿元左右，力争到2030年突破400亿元。", "2026-01-20");
        assertThat(d).extracting(Indicator::metric).containsExactly("经济总量", "经济总量");
        assertThat(d).extracting(Indicator::kind).containsExactly("actual", "target");
        assertThat(run("上半年全市规模以上工业增加值增长7.1%。").get(0).metric()).isEqualTo("规模以上工业增加值");
        assertThat(run("三年累计完成技改投资260亿元。").get(0).metric()).isEqualTo("技改投资");
    }

    @Test
    void coordinatedOrdinalsNameEachValue() {
        List<Indicator> l = run("全县第一、二、三产业增加值分别增长3.1%、6.2%和7.4%。");
        assertThat(l).extracting(Indicator::metric).containsExactly("第一产业增加值", "第二产业增加值", "第三产业增加值");
    }

    @Test
    void anAsideDefiningAShortFormIsNoName() {
        List<Indicator> l = run("全年粮食总产量52.3万吨，比上年(以下简称同比)增长2.1%。");
        assertThat(l).extracting(Indicator::metric).containsExactly("粮食总产量", "粮食总产量");
    }

    @Test
    void aGoalWordAfterTheValueIsNotItsName() {
        assertThat(only("规划明确提出了服务业占GDP比重超过60%的目标。").metric()).isEqualTo("服务业占GDP比重");
        assertThat(only("全市建成2800个社区食堂。").metric()).isEqualTo("社区食堂");
    }

    @Test
    void reachedByAYearIsNotADeadline() {
        // 提高到2025年的… and 截至2025年 report what was reached; they must not make the paragraph a plan.
        String text = "一、过去五年的成就\n五年来，全区税收收入由2020年的30亿元提高到2025年的41亿元。"
                + "科技型中小企业达到320家。截至2025年底，累计建成5G基站1500个。\n";
        List<Indicator> l = run(text, "2026-01-20");
        assertThat(l).extracting(Indicator::kind).containsOnly("actual");
        assertThat(l).extracting(Indicator::metric).contains("科技型中小企业");
    }

    @Test
    void imperativeHeadingsLookAhead() {
        String text = "在全区工作会议上的讲话\n同志们：\n第一，要抓好项目建设。新开工亿元以上项目40个。\n"
                + "二要抓好民生保障。新增普惠性托位600个。\n";
        assertThat(run(text, null)).extracting(Indicator::kind).containsExactly("target", "target");
    }

    @Test
    void wholeYearEstimatesAreGoals() {
        Indicator i = run("区统计局有关负责人表示，预计全年全区固定资产投资增长6%左右。", null).get(0);
        assertThat(i.kind()).isEqualTo("target");
        assertThat(i.metric()).isEqualTo("固定资产投资");
    }

    @Test
    void agesAndDurationsOnlyForTheirMetrics() {
        List<Indicator> l = run("全市人均预期寿命提高到81.2岁，劳动年龄人口平均受教育年限达到11.8年，65岁以上老年人口占比18%。");
        assertThat(l).extracting(Indicator::unit).containsExactly("岁", "年", "%");
        assertThat(l.get(0).metric()).isEqualTo("人均预期寿命");
        assertThat(l.get(1).metric()).isEqualTo("劳动年龄人口平均受教育年限");
        assertThat(run("全区经济增长6%。").get(0).metric()).isEqualTo("经济增长");
    }

    @Test
    void aValueAfterAClauseContinuesItsSubject() {
        // The doubling is a figure of its own (1 番, GUIDELINES second round 1); the level after it continues its subject.
        List<Indicator> doubled = run("全区充电桩数量较2020年翻了一番，达到8600个。");
        assertThat(doubled).hasSize(2);
        value(doubled.get(0), "1", "番");
        assertThat(doubled.get(0).change()).isEqualTo("increase");
        Indicator i = doubled.get(1);
        value(i, "8600", "个");
        assertThat(i.metric()).isEqualTo("充电桩数量");
        List<Indicator> goal = run("到2035年，力争实现城乡居民收入比2020年翻一番，达到9万元。");
        assertThat(goal).extracting(Indicator::unit).containsExactly("番", "万元");
        Indicator t = goal.get(1);
        assertThat(t.metric()).isEqualTo("城乡居民收入");
        assertThat(t.kind()).isEqualTo("target");
        List<Indicator> g = run("全区生产总值1200亿元，按可比价格计算增长5.2%。");
        assertThat(g.get(1).metric()).isEqualTo("生产总值");
        // A value opening its clause has no subject to continue (3次提高最低工资标准).
        assertThat(run("社会保险基本实现全覆盖，3次提高最低工资标准。")).isEmpty();
        value(only("粮食总产量稳定在26亿斤以上。"), "26", "亿斤");
    }

    @Test
    void gapToAReferenceIsNamedByTheRate() {
        List<Indicator> l = run("全年全区地区生产总值增长5.9%，高于全省0.8个百分点。");
        assertThat(l).hasSize(2);
        assertThat(l.get(1).metric()).isEqualTo("地区生产总值增速高于全省");
        assertThat(l.get(1).change()).isNull();
    }

    @Test
    void aPassedThresholdGivesWayToTheLevelReached() {
        Indicator i = only("全市社会消费品零售总额突破千亿元，达到1086亿元。");
        value(i, "1086", "亿元");
        assertThat(run("地区生产总值突破500亿元，增长6%。")).hasSize(2);
    }

    @Test
    void countedThingAfterARange() {
        List<Indicator> l = run("今后三年，每年招引4至6家链主企业。");
        assertThat(l).extracting(Indicator::metric).containsExactly("招引链主企业", "招引链主企业");
        assertThat(l).extracting(Indicator::qualifier).containsExactly(">=", "<=");
    }

    @Test
    void headingYearDatesSentencesWithoutAYearOfTheirOwn() {
        String text = "某区政府工作报告\n一、2023年工作回顾\n过去一年，全区地区生产总值完成312.5亿元。"
                + "税收收入21.4亿元，增长4.3%。五年来累计新建学校12所。\n"
                + "二、2024年主要预期目标\n地区生产总值增长5.5%左右；城镇新增就业3000人以上。\n"
                + "三、今后五年的重点任务\n新建公园20个。\n";
        List<Indicator> l = run(text, "2024-01-12");
        assertThat(l).extracting(Indicator::metric).containsExactly("地区生产总值", "税收收入", "税收收入",
                "新建学校", "地区生产总值", "城镇新增就业", "新建公园");
        assertThat(l).extracting(Indicator::year).containsExactly(2023, 2023, 2023, null, 2024, 2024, null);
        assertThat(l).extracting(Indicator::kind).containsExactly("actual", "actual", "actual", "actual", "target",
                "target", "target");
        // A range of years in a heading dates nothing.
        assertThat(run("一、2021—2025年发展目标\n森林覆盖率达到45%。\n", "2021-02-01").get(0).year()).isNull();
    }

    @Test
    void countedThingAfterTheValue() {
        List<Indicator> l = run("改造1200个老旧小区、86条背街小巷，选聘300名乡村规划师。");
        assertThat(l).extracting(Indicator::metric).containsExactly("改造老旧小区", "背街小巷", "选聘乡村规划师");
        assertThat(only("建成45公里的滨江绿道。").metric()).isEqualTo("滨江绿道");
    }

    @Test
    void perCapitaAndShares() {
        Indicator i = only("千人拥有执业医师数达到3.2人。");
        assertThat(i.metric()).isEqualTo("千人拥有执业医师数");
        Indicator j = only("城镇居民人均可支配收入达到52100元。");
        assertThat(j.metric()).isEqualTo("城镇居民人均可支配收入");
    }

    @Test
    void tableRowsGiveOneIndicatorPerYearColumn() {
        String t = "指标名称 | 2020年 | 2025年 | 属性\n湿地保护率(%) | 52.3 | 56 | 约束性\n森林蓄积量(万立方米) | 1200 | 1350 | 预期性\n";
        List<Indicator> l = run(t, "2021-06-01");
        assertThat(l).hasSize(4);
        assertThat(l.get(0).metric()).isEqualTo("湿地保护率");
        assertThat(l.get(0).kind()).isEqualTo("actual");
        assertThat(l.get(0).year()).isEqualTo(2020);
        assertThat(l.get(1).kind()).isEqualTo("target");
        assertThat(l.get(1).year()).isEqualTo(2025);
        value(l.get(3), "1350", "万立方米");
    }

    @Test
    void tableHeadersWithBaseAndTargetWords() {
        String t = "序号 | 指标 | 单位 | 2020年基期值 | 2025年目标值 | 属性\n1 | 单位地区生产总值能耗降低 | % | — | 14 | 约束性\n"
                + "2 | 农村自来水普及率 | % | 90 | 95以上 | 约束性\n";
        List<Indicator> l = run(t, "2021-03-01");
        assertThat(l).hasSize(3);
        assertThat(l.get(0).metric()).isEqualTo("单位地区生产总值能耗降低");
        assertThat(l.get(0).kind()).isEqualTo("target");
        assertThat(l.get(2).qualifier()).isEqualTo(">=");
        assertThat(l.get(2).unit()).isEqualTo("%");
    }

    @Test
    void undatedDocumentsUseTheLatestReportedYear() {
        String text = "2022年，全市地区生产总值增长4.5%。\n2023年，全市地区生产总值增长5.2%。\n";
        List<Indicator> l = DocumentAnalyzer.standard()
                .analyze(text.getBytes(StandardCharsets.UTF_8), "u.txt", AnalysisHints.none()).indicators();
        assertThat(l).extracting(Indicator::kind).containsExactly("actual", "actual");
    }

    @Test
    void actualVersusTargetFromSentenceAndSection() {
        assertThat(only("到2027年，全市森林覆盖率达到45%。").kind()).isEqualTo("target");
        assertThat(only("力争全年粮食产量稳定在30万吨。").kind()).isEqualTo("target");
        assertThat(only("目前，全市共有高新技术企业860家。").kind()).isEqualTo("actual");
        assertThat(only("到“十四五”末，地区生产总值达到900亿元。").year()).isEqualTo(2025);
        String report = "一、过去五年工作回顾\n五年来，累计新增城镇就业8.2万人。\n二、今后五年的主要目标\n城镇新增就业每年4万人以上。\n";
        List<Indicator> l = run(report, "2021-09-01");
        assertThat(l).extracting(Indicator::kind).containsExactly("actual", "target");
        String list = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；\n一般公共预算收入增长5%；";
        assertThat(run(list)).extracting(Indicator::kind).containsOnly("target");
    }

    @Test
    void aChinesePercentRangeGivesBothEnds() {
        List<Indicator> l = run("预计今年全市生产总值增长百分之二点五至三点五。", "2024-03-01");
        assertThat(l).hasSize(2);
        value(l.get(0), "2.5", "%");
        assertThat(l.get(0).qualifier()).isEqualTo(">=");
        value(l.get(1), "3.5", "%");
        assertThat(l.get(1).qualifier()).isEqualTo("<=");
        assertThat(l.get(1).metric()).isEqualTo(l.get(0).metric()).contains("生产总值");
        assertThat(l).extracting(Indicator::change).containsOnly("increase");
    }

    @Test
    void olderPlanPeriodEndsGiveTheirEndYear() {
        // Written as of 2001, the first year of the tenth plan: its end is ahead, the ninth plan's behind.
        Indicator tenth = run("到“十五”期末，全省粮食产量达到1500万吨。", "2001-03-01").get(0);
        assertThat(tenth.year()).isEqualTo(2005);
        assertThat(tenth.kind()).isEqualTo("target");
        Indicator ninth = run("九五末，全省公路通车里程达到4.2万公里。", "2001-03-01").get(0);
        assertThat(ninth.year()).isEqualTo(2000);
        assertThat(ninth.kind()).isEqualTo("actual");
        assertThat(run("到第十一个五年规划期末，森林覆盖率达到38%。", "2006-03-01").get(0).year()).isEqualTo(2010);
        assertThat(run("到十二五末，常住人口城镇化率达到55%。", "2011-03-01").get(0).year()).isEqualTo(2015);
        // OCR'd print quotes with ASCII quotes and spaces.
        assertThat(run("力争 \" 十五 \" 末 全省发电装机达到1500万千瓦。", "2001-03-01").get(0).year()).isEqualTo(2005);
        // A period that frames the sentence dates what it states for the period: 120 schools built during the tenth
        // plan are a total of it (GUIDELINES second round 2), reviewed in 2006.
        Indicator built = run("十五期间，全省新建学校120所。", "2006-03-01").get(0);
        assertThat(built.year()).isEqualTo(2005);
        assertThat(built.kind()).isEqualTo("actual");
    }

    @Test
    void anAverageOrTotalOverANamedPeriodTakesItsEndYear() {
        Indicator review = run("“十五”期间，全省生产总值年均增长9.5%。", "2006-03-01").get(0);
        assertThat(review.year()).isEqualTo(2005);
        assertThat(review.kind()).isEqualTo("actual");
        Indicator plan = run("十二五时期，全省累计新增城镇就业250万人。", "2011-03-01").get(0);
        assertThat(plan.year()).isEqualTo(2015);
        assertThat(plan.kind()).isEqualTo("target");
        assertThat(run("第十一个五年规划期间，全社会固定资产投资年均增长20%左右。", "2006-03-01").get(0).year()).isEqualTo(2010);
    }

    @Test
    void aYearBeforeAStartingValueDatesTheStartNotTheValueReached() {
        Indicator i = only("常住人口城镇化率由“十二五”末的50.1%提高到58.3%。");
        value(i, "58.3", "%");
        assertThat(i.baseline()).isEqualByComparingTo("50.1");
        assertThat(i.year()).isNull();
        Indicator j = only("常住人口城镇化率从2015年的50.1%提高到2020年的58.3%。");
        assertThat(j.year()).isEqualTo(2020);
        assertThat(only("常住人口城镇化率从2015年的50.1%提高到58.3%。").year()).isNull();
    }

    @Test
    void statisticsOfTheCurrentYearSoFarAreActual() {
        assertThat(run("2023年1-6月，全市地区生产总值同比增长5.6%。", "2023-07-20").get(0).kind()).isEqualTo("actual");
        assertThat(run("今年前三季度，全市规模以上工业增加值增长6.1%。", "2023-10-20").get(0).kind()).isEqualTo("actual");
    }

    @Test
    void estimatesDependOnTheYear() {
        assertThat(only("预计2022年地区生产总值达到650亿元。").kind()).isEqualTo("actual");
        assertThat(only("预计今年地区生产总值达到700亿元。").kind()).isEqualTo("target");
    }

    @Test
    void yearsFromTextAndDocumentDate() {
        assertThat(only("2022年全市地区生产总值620亿元。").year()).isEqualTo(2022);
        assertThat(only("今年地区生产总值目标增长6%。").year()).isEqualTo(2023);
        assertThat(only("去年地区生产总值增长4.1%。").year()).isEqualTo(2022);
        assertThat(only("今后五年，每年新增就业5万人。").year()).isNull();
        assertThat(only("地区生产总值比2020年增长20%。").year()).isNull();
    }

    @Test
    void exclusions() {
        assertThat(run("2021年9月26日，市第十二次党代会召开，十一届九次全会精神得到落实。")).isEmpty();
        assertThat(run("地铁2号线开通，新增5A级景区，建成5G网络，实施1+30联防联控机制，打造15分钟文化圈。")).isEmpty();
        assertThat(run("“十四五”时期要坚持“六稳”“六保”，实现“两个一百年”奋斗目标。")).isEmpty();
        assertThat(run("建党100周年，五年来成绩显著，发布时间 2023-05-06 08:30。")).isEmpty();
        assertThat(run("实现“135”目标。")).isEmpty();
        assertThat(run("建设沿江百公里风光带，打造千亿级产业集群，从12个方面提出具体措施。")).isEmpty();
        value(only("2019年经济总量首次突破千亿大关。"), "1000", "亿元");
    }

    @Test
    void offsetsPointIntoTheOriginal() {
        String text = "當(dāng)前，全縣森林覆蓋率達到62.5%。";
        Indicator i = run(text).get(0);
        assertThat(text.substring(i.start(), i.end())).isEqualTo("62.5%");
        assertThat(i.sentence()).isEqualTo("当前，全县森林覆盖率达到62.5%。");
    }

    @Test
    void sharesOfAPlansOwnIndicatorsAreNotIndicators() {
        assertThat(run("规划设置的约束性指标占比超过三分之一。")).isEmpty();
        assertThat(run("民生类指标占比达到40%。")).isEmpty();
    }

    @Test
    void aFollowUpClauseWithoutASubjectCarriesThePreviousOne() {
        List<Indicator> l = run("今年粮食产量增长3%，再提高1个百分点。");
        assertThat(l).hasSize(2);
        assertThat(l.get(1).metric()).isEqualTo(l.get(0).metric());
    }

    @Test
    void aPriceBasisNoteContinuesThePreviousMetric() {
        List<Indicator> l = run("2022年全县农业总产值52000万元，按现价计算同比增长6.5%。");
        assertThat(l).hasSize(2);
        assertThat(l.get(1).metric()).isEqualTo("农业总产值");
        List<Indicator> k = run("2022年全县地区生产总值81000万元，按2020年不变价格计算增长5.5%。");
        assertThat(k).hasSize(2);
        assertThat(k.get(1).metric()).isEqualTo("地区生产总值");
    }

    @Test
    void aPriceBaseYearIsNotTheYearOfTheValue() {
        List<Indicator> l = run("2021年全县地区生产总值完成120亿元，按2020年不变价格计算比上年增长8.0%，其中第一产业增加值30亿元。",
                "2022-02-20");
        assertThat(l).hasSize(3);
        assertThat(l).allSatisfy(i -> assertThat(i.year()).isEqualTo(2021));
    }

    @Test
    void aShareNamedByItsWholeTakesItsPartFromTheClauseBefore() {
        List<Indicator> l = run("2021年末城镇常住人口120万人，占常住人口的比重为60.5%。", "2022-02-20");
        assertThat(l).hasSize(2);
        assertThat(l.get(1).metric()).startsWith("城镇常住人口占").contains("常住人口的比重");
    }

    @Test
    void anAverageRateTakesTheHorizonTheSentenceNamesAfterIt() {
        List<Indicator> l = run("全市地区生产总值年均增长6%左右，到2025年，地区生产总值达到5000亿元。", "2021-02-01");
        assertThat(l).hasSize(2);
        assertThat(l.get(0).year()).isEqualTo(2025);
        assertThat(l.get(0).kind()).isEqualTo("target");
        assertThat(l.get(1).year()).isEqualTo(2025);
        // no horizon named: the average keeps no year; a level is no average and takes none from after it
        assertThat(only("城镇居民人均可支配收入年均增长5%以上。").year()).isNull();
        List<Indicator> k = run("森林覆盖率达到45%，到2025年提高到47%。", "2021-02-01");
        assertThat(k.get(0).year()).isNull();
    }

    @Test
    void anOcrSpacedYearIsAYear() {
        Indicator i = only("到2 0 2 5年 , 全省森林覆盖率达到4 5 %左右 。");
        value(i, "45", "%");
        assertThat(i.year()).isEqualTo(2025);
    }

    @Test
    void theVerbOpeningAListGovernsItsLaterMembers() {
        List<Indicator> l = run("去年全区新建改造燃气管道120公里、雨水管网86公里、污水管网45公里。");
        assertThat(l).extracting(Indicator::metric).containsExactly("新建改造燃气管道", "新建改造雨水管网", "新建改造污水管网");
        // a member with its own verb keeps it
        List<Indicator> own = run("去年全区新建幼儿园12所、新增学位3600个。");
        assertThat(own).extracting(Indicator::metric).containsExactly("新建幼儿园", "新增学位");
    }

    @Test
    void yearsWrittenInNumeralsDateTheirValues() {
        Indicator goal = run("到二〇二五年，全县森林覆盖率达到65%。", "2021-03-01").get(0);
        assertThat(goal.year()).isEqualTo(2025);
        assertThat(goal.kind()).isEqualTo("target");
        Indicator past = run("一九九五年全省粮食产量达到1200万吨。", "2001-03-01").get(0);
        assertThat(past.year()).isEqualTo(1995);
        assertThat(past.kind()).isEqualTo("actual");
    }

    @Test
    void aPlanPeriodFramingTheSentenceDatesItsLevelsToo() {
        List<Indicator> l = run("“十四五”期间，全市城镇居民人均可支配收入年均增长7%，力争达到6万元。", "2021-03-01");
        assertThat(l).extracting(Indicator::year).containsExactly(2025, 2025);
        assertThat(l).extracting(Indicator::kind).containsExactly("target", "target");
        // A period the sentence talks about, not in, frames nothing.
        assertThat(run("“十四五”时期是全市发展的关键五年，经济总量突破千亿元。", "2021-03-01").get(0).year()).isNull();
    }

    @Test
    void aMoneyBoundOfAClassStaysInTheNameOfItsCount() {
        Indicator i = only("全市年产值10亿元以上的企业达到25家。");
        value(i, "25", "家");
        assertThat(i.metric()).isEqualTo("年产值10亿元以上的企业");
    }

    @Test
    void theYearBeforeLastIsTwoYearsBeforeTheDocument() {
        Indicator i = run("前年全县粮食产量达到32万吨。", "2024-01-20").get(0);
        assertThat(i.year()).isEqualTo(2022);
        assertThat(i.kind()).isEqualTo("actual");
        // 当前年度 holds the same two characters but means the current year.
        assertThat(run("当前年度全县一般公共预算收入增长5%。", "2024-01-20").get(0).year()).isNull();
    }

    @Test
    void respectiveListsWithATotalOrAverageWord() {
        List<Indicator> l = run("全省化学需氧量、氨氮排放总量分别累计下降8%、8.5%。", "2021-04-01");
        assertThat(l).extracting(Indicator::change).containsExactly("decrease", "decrease");
        assertThat(l.get(1).metric()).isEqualTo("氨氮排放总量");
        assertThat(l.get(0).metric()).startsWith("化学需氧量");
    }
}
