package org.plantrack.nlp.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.Indicator;
import org.junit.jupiter.api.Test;

/** Tables of each shape, written for these tests, read through the whole pipeline. */
class TableReaderTest {

    static DocumentAnalysis analyze(String text, String date, String name) {
        return DocumentAnalyzer.standard().analyze(text.getBytes(StandardCharsets.UTF_8), name,
                new AnalysisHints(null, null, date));
    }

    static List<Indicator> indicators(String text, String date) {
        return analyze(text, date, "t.txt").indicators();
    }

    @Test
    void planTableWithBaseTargetCumulativeAndAttributeColumns() {
        String t = "表1 主要指标\n"
                + "类别 | 指标 | 单位 | 2020年基期值 | 2025年目标值 | 年均增长〔累计〕 | 属性\n"
                + "经济 | 全区生产总值 | 亿元 | 320 | 450 | 7 | 预期性\n"
                + "生态 | 单位产值能耗降低 | % | 一 | — | 〔13.5〕 | 约束性\n";
        List<Indicator> l = indicators(t, "2021-02-01");
        assertThat(l).extracting(Indicator::metric).containsExactly("全区生产总值", "全区生产总值", "全区生产总值", "单位产值能耗降低");
        Indicator base = l.get(0);
        assertThat(base.kind()).isEqualTo("actual");
        assertThat(base.year()).isEqualTo(2020);
        assertThat(base.unit()).isEqualTo("亿元");
        assertThat(base.attribute()).isEqualTo(Indicator.ANTICIPATORY);
        assertThat(base.sentence()).isEqualTo("经济 | 全区生产总值 | 亿元 | 320 | 450 | 7 | 预期性");
        assertThat(l.get(1).kind()).isEqualTo("target");
        assertThat(l.get(1).year()).isEqualTo(2025);
        Indicator growth = l.get(2);
        assertThat(growth.kind()).isEqualTo("target");
        assertThat(growth.change()).isEqualTo("increase");
        assertThat(growth.year()).isEqualTo(2025);
        // 一 and — stand for empty cells; the bracketed cumulative value is read, binding from 属性.
        Indicator energy = l.get(3);
        assertThat(energy.value()).isEqualByComparingTo("13.5");
        assertThat(energy.attribute()).isEqualTo(Indicator.BINDING);
        assertThat(energy.unit()).isEqualTo("%");
    }

    @Test
    void yearHeaderWordsNameTheMetricAndProseGivesTheUnit() {
        String t = "2022年，甲省粮食产量达到812.5万吨。下表列出各市数据。\n"
                + "地区/年份 | 2022年粮食产量 | 2021年粮食产量 |\n"
                + "甲省 | 812.50 | 790.30 |\n"
                + "乙市 | 120.40 | 118.00 |\n";
        List<Indicator> l = indicators(t, "2023-03-01");
        List<Indicator> table = l.stream().filter(i -> i.sentence().contains(" | ")).toList();
        assertThat(table).hasSize(4);
        assertThat(table.get(0).metric()).isEqualTo("甲省粮食产量");
        assertThat(table.get(0).unit()).isEqualTo("万吨");
        assertThat(table.get(0).year()).isEqualTo(2022);
        assertThat(table.get(1).year()).isEqualTo(2021);
        assertThat(table).extracting(Indicator::kind).containsOnly("actual");
    }

    @Test
    void aDeclaredUnitLineAppliesToTheCells() {
        String t = "单位：万元\n项目 | 2023年 | 2024年\n一般公共预算收入 | 5300 | 5600\n";
        List<Indicator> l = indicators(t, "2024-01-20");
        assertThat(l).hasSize(2);
        assertThat(l).extracting(Indicator::unit).containsOnly("万元");
        assertThat(l.get(1).kind()).isEqualTo("target");
    }

    @Test
    void headerSplitOverTwoRows() {
        String t = "指标 | 2020年 | 2025年\n| 现状值 | 目标值\n森林覆盖率(%) | 41.2 | 43\n";
        List<Indicator> l = indicators(t, "2021-05-01");
        assertThat(l).hasSize(2);
        assertThat(l.get(0).kind()).isEqualTo("actual");
        assertThat(l.get(1).kind()).isEqualTo("target");
        assertThat(l.get(1).year()).isEqualTo(2025);
        assertThat(l.get(1).metric()).isEqualTo("森林覆盖率");
    }

    @Test
    void communiqueTableWithSignedGrowth() {
        String t = "表2 主要产品产量\n指标 | 单位 | 绝对数 | 比上年增长(%)\n原煤 | 万吨 | 1520 | -3.2\n发电量 | 亿千瓦时 | 86.4 | 5.0\n";
        List<Indicator> l = indicators(t, "2024-03-10");
        assertThat(l).hasSize(4);
        assertThat(l.get(0).unit()).isEqualTo("万吨");
        assertThat(l.get(0).kind()).isEqualTo("actual");
        assertThat(l.get(0).change()).isNull();
        Indicator fall = l.get(1);
        assertThat(fall.value()).isEqualByComparingTo("-3.2");
        assertThat(fall.unit()).isEqualTo("%");
        assertThat(fall.change()).isEqualTo("increase");
        assertThat(l.get(2).unit()).isEqualTo("亿千瓦时");
    }

    @Test
    void rowsMissingAMergedCategoryCellAlignRight() {
        String t = "领域 | 指标 | 2020年 | 2025年\n民生 | 人均预期寿命(岁) | 78.1 | 79\n城镇登记失业率(%) | 3.1 | 4.5以内\n";
        List<Indicator> l = indicators(t, "2021-01-15");
        assertThat(l).hasSize(4);
        assertThat(l.get(2).metric()).isEqualTo("城镇登记失业率");
        assertThat(l.get(3).qualifier()).isEqualTo("<=");
    }

    @Test
    void aTableOfPlacesTakesItsMeasureFromTheCaptionAndEachRowItsRegion() {
        String t = "表4 2023年各市一般公共预算收入（亿元）\n城市 | 2023年 | 2022年\n长沙市 | 1300.5 | 1250.2\n株洲市 | 210.4 | 200.8\n";
        List<Indicator> l = indicators(t, "2024-03-01");
        assertThat(l).hasSize(4);
        Indicator first = l.get(0);
        assertThat(first.metric()).isEqualTo("长沙市一般公共预算收入");
        assertThat(first.unit()).isEqualTo("亿元");
        assertThat(first.region().name()).isEqualTo("长沙市");
        assertThat(first.region().metric()).isEqualTo("一般公共预算收入");
        assertThat(l.get(3).region().name()).isEqualTo("株洲市");
        // Without a measure in the caption the place stays the name, as before: nothing is made up.
        List<Indicator> bare = indicators(t.replace("表4 2023年各市一般公共预算收入（亿元）", "单位：亿元"), "2024-03-01");
        assertThat(bare).extracting(Indicator::metric).containsExactly("长沙市", "长沙市", "株洲市", "株洲市");
    }

    @Test
    void tablesAreKeptInTheStructure() {
        DocumentAnalysis a = analyze("指标 | 2020年 | 2025年\n耕地保有量(万亩) | 300 | 300\n", "2021-01-01", "t.txt");
        assertThat(a.structure().tables()).hasSize(1);
        Table table = a.structure().tables().get(0);
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.body().get(0).cells()).extracting(Cell::text).containsExactly("耕地保有量(万亩)", "300", "300");
    }

    @Test
    void aMarkdownRuleLineIsNoRow() {
        String t = "| 指标 | 2020年 | 2025年 |\n| --- | :---: | ---: |\n| 地区生产总值（亿元） | 3000 | 4500 |\n"
                + "| 森林覆盖率（%） | 40 | 42 |\n";
        List<Indicator> l = indicators(t, "2021-02-01");
        assertThat(l).extracting(Indicator::metric)
                .containsExactly("地区生产总值", "地区生产总值", "森林覆盖率", "森林覆盖率");
        assertThat(l).extracting(Indicator::year).containsExactly(2020, 2025, 2020, 2025);
    }
}
