package org.plantrack.nlp.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.text.MappedText;

/** The single rules behind {@link UnseenTablesTest}, each on a header, cell, caption or row written for it. */
class TableRulesTest {

    @Test
    void planPeriodHeadersEndThePeriodsLastYear() {
        Column done = HeaderClassifier.classify("“十三五”末");
        assertThat(done.role()).isEqualTo(HeaderRole.VALUE);
        assertThat(done.year()).isEqualTo(2020);
        assertThat(done.kind()).isNull(); // the document year decides, as for a bare year column
        Column goal = HeaderClassifier.classify("“十四五”目标");
        assertThat(goal.year()).isEqualTo(2025);
        assertThat(goal.kind()).isEqualTo("target");
        assertThat(goal.metricSuffix()).isNull();
        assertThat(HeaderClassifier.classify("十五五规划目标").year()).isEqualTo(2030);
        assertThat(HeaderClassifier.classify("“十四五”时期年均增长").year()).isEqualTo(2025);
        // A bare 十五 is a number too often (十五届, 十五个): no period.
        assertThat(HeaderClassifier.classify("十五项").holdsValues()).isFalse();
    }

    @Test
    void anEstimateOfAYearIsKindedByThatYear() {
        assertThat(HeaderClassifier.classify("2024年预计").kind()).isNull();
        assertThat(HeaderClassifier.classify("2024年预计完成").kind()).isEqualTo("actual");
        assertThat(HeaderClassifier.classify("2024年预计完成").metricSuffix()).isNull();
        assertThat(HeaderClassifier.classify("2024年预算").metricSuffix()).isNull();
        assertThat(HeaderClassifier.classify("预计").kind()).isEqualTo("target");
    }

    @Test
    void roleWordsOfAHeaderNameNoMeasure() {
        assertThat(HeaderClassifier.classify("指标值2020年").metricSuffix()).isNull();
        assertThat(HeaderClassifier.classify("规划目标2020年").metricSuffix()).isNull();
        assertThat(HeaderClassifier.classify("2023年完成情况").metricSuffix()).isNull();
        assertThat(HeaderClassifier.classify("2023年粮食产量").metricSuffix()).isEqualTo("粮食产量");
    }

    @Test
    void aNameHeaderNamingTheUnitStaysTheNameColumn() {
        assertThat(HeaderClassifier.classify("指标（单位）").role()).isEqualTo(HeaderRole.NAME);
        assertThat(HeaderClassifier.classify("指标名称及单位").role()).isEqualTo(HeaderRole.NAME);
        assertThat(HeaderClassifier.classify("单位").role()).isEqualTo(HeaderRole.UNIT);
    }

    @Test
    void anAverageGrowthColumnHoldsRatesACumulativeColumnTheRowsUnit() {
        assertThat(HeaderClassifier.classify("年均增长").unit()).isEqualTo("%");
        assertThat(HeaderClassifier.classify("年均增长〔累计〕").unit()).isEqualTo("%");
        assertThat(HeaderClassifier.classify("年均/累计").unit()).isNull();
        assertThat(HeaderClassifier.classify("五年累计").unit()).isNull();
    }

    @Test
    void headersOverPlacesAndHeadersNamingAMeasure() {
        assertThat(HeaderClassifier.isRegionHeader("县（市、区）")).isTrue();
        assertThat(HeaderClassifier.isRegionHeader("城市")).isTrue();
        assertThat(HeaderClassifier.classify("市（州）").role()).isEqualTo(HeaderRole.NAME);
        assertThat(HeaderClassifier.isRegionHeader("地区生产总值")).isFalse();
        assertThat(HeaderClassifier.measure("生产总值（亿元）")).isEqualTo("生产总值");
        assertThat(HeaderClassifier.measure("地区生产总值（亿元）")).isEqualTo("地区生产总值");
        assertThat(HeaderClassifier.measure("产量")).isEqualTo("产量");
        assertThat(HeaderClassifier.measure("金额（万元）")).isNull();
        assertThat(HeaderClassifier.measure("备注")).isNull();
        assertThat(HeaderClassifier.measure("责任单位")).isNull();
        assertThat(HeaderClassifier.measure("指标名称")).isNull();
        assertThat(HeaderClassifier.measure("2025年")).isNull();
        assertThat(HeaderClassifier.measure("分值")).isNull(); // a scoring sheet's points measure nothing
        assertThat(HeaderClassifier.measure("权重（%）")).isNull();
    }

    @Test
    void rangesInACellAreTwoValues() {
        List<CellValue> range = CellValue.parseAll("6.5-7");
        assertThat(range).extracting(CellValue::value).extracting(Number::doubleValue).containsExactly(6.5, 7.0);
        assertThat(range).extracting(CellValue::qualifier).containsExactly(">=", "<=");
        assertThat(CellValue.parseAll("5%～6%")).extracting(CellValue::unit).containsExactly("%", "%");
        assertThat(CellValue.parseAll("3-5万人")).extracting(CellValue::unit).containsExactly("万人", "万人");
        assertThat(CellValue.parseAll("2021-2025")).isEmpty();
        assertThat(CellValue.parseAll("3-5年")).isEmpty();
        assertThat(CellValue.parseAll("12")).hasSize(1);
        assertThat(CellValue.parseAll("—")).isEmpty();
    }

    @Test
    void rowNamesLoseBracketedNumbersAndTheSubRowMark() {
        assertThat(RowName.clean("（1）规模以上工业增加值增长")).isEqualTo("规模以上工业增加值增长");
        assertThat(RowName.clean("(2)固定资产投资")).isEqualTo("固定资产投资");
        assertThat(RowName.clean("③森林蓄积量")).isEqualTo("森林蓄积量");
        assertThat(RowName.clean("其中：工业投资")).isEqualTo("工业投资");
        assertThat(RowName.clean("其中")).isEqualTo("其中");
    }

    @Test
    void aRowNamedByAChangeStatesChanges() {
        assertThat(RowName.changeNamed("地区生产总值增长")).isEqualTo("increase");
        assertThat(RowName.changeNamed("单位地区生产总值能耗降低")).isEqualTo("decrease");
        assertThat(RowName.changeNamed("森林覆盖率")).isNull();
        assertThat(RowName.changeNamed("增长极")).isNull();
    }

    @Test
    void markdownEmphasisAroundACellIsNoPartOfIt() {
        Table.Row row = PipeTableDetector.row("| **2025年** | __指标__ | 60.6* | ** |", 0);
        assertThat(row.cells()).extracting(Cell::text).containsExactly("2025年", "指标", "60.6*", "**");
        Cell year = row.cells().get(0);
        assertThat("| **2025年** | __指标__ | 60.6* | ** |".substring(year.start(), year.end())).isEqualTo("2025年");
    }

    @Test
    void captionsNameTheMeasureAndYearOfTheirCells() {
        assertThat(TableCaption.measureIn("表3 2023年各市地区生产总值（亿元）")).isEqualTo("地区生产总值");
        assertThat(TableCaption.measureIn("全省各市（州）常住人口")).isEqualTo("常住人口");
        assertThat(TableCaption.measureIn("附表2：2022年分县区一般公共预算收入情况")).isEqualTo("一般公共预算收入");
        assertThat(TableCaption.measureIn("各设区市生产总值及增速")).isEqualTo("生产总值");
        assertThat(TableCaption.measureIn("2023年各县（市、区）主要经济指标")).isNull();
        assertThat(TableCaption.measureIn("各市粮食产量和肉类产量")).isNull();
        assertThat(TableCaption.measureIn("各市生产总值如下：")).isEqualTo("生产总值");
        assertThat(TableCaption.measureIn("其中：各县数据")).isNull();
        assertThat(TableCaption.yearIn("表1 2023年主要农产品产量")).isEqualTo(2023);
        assertThat(TableCaption.yearIn("2021-2025年主要目标")).isNull();
        assertThat(TableCaption.captionLine("前文。\n表2 各市人口\n单位：万人\n\n")).isEqualTo("表2 各市人口");
        assertThat(TableCaption.captionLine("全市经济运行总体平稳，主要指标如下表所示。\n\n")).isNull();
    }

    @Test
    void rowsArePlacesWhenTheHeaderOrMostNamesSaySo() {
        assertThat(PlaceRows.are("地区", List.of("甲乙", "丙丁"))).isTrue();
        assertThat(PlaceRows.are("", List.of("全省", "长沙市", "株洲市"))).isTrue();
        assertThat(PlaceRows.are("指标", List.of("地区生产总值", "经济技术开发区", "森林覆盖率"))).isFalse();
        assertThat(PlaceRows.are("指标", List.of("长沙市"))).isFalse();
        assertThat(PlaceRows.isPlace("株洲市")).isTrue();
        assertThat(PlaceRows.isPlace("常住人口")).isFalse();
    }

    @Test
    void aBlankCellInASpaceAlignedRowIsKeptUnderItsHeader() {
        String text = "指标名称        单位    2020年    2025年\n"
                + "粮食产量        万吨    310       320\n"
                + "新建农田        万亩              25\n"
                + "造林面积        万亩    12\n";
        String piped = ColumnSeparators.toPipes(MappedText.identity(text)).text();
        assertThat(piped.split("\n")).containsExactly("指标名称 | 单位 | 2020年 | 2025年", "粮食产量 | 万吨 | 310 | 320",
                "新建农田 | 万亩 |  | 25", "造林面积 | 万亩 | 12 | |");
        MappedText mapped = ColumnSeparators.toPipes(MappedText.identity(text));
        int at = mapped.text().indexOf("25");
        assertThat(text.substring(mapped.originOf(at), mapped.originOf(at) + 2)).isEqualTo("25");
    }

    @Test
    void aCellStrivingForItsFigureHoldsIt() {
        assertThat(CellValue.parse("力争200").value()).isEqualByComparingTo("200");
        assertThat(CellValue.parse("力争200").qualifier()).isNull();
        assertThat(CellValue.parse("争取2.5以上").qualifier()).isEqualTo(">=");
        assertThat(CellValue.parse("力争")).isNull();
    }

    @Test
    void aDoubleTabIsABlankCellWhenTheHeaderHasOneTabPerCell() {
        String text = "指标\t单位\t2020年\t2025年\t属性\n粮食产量\t万吨\t310\t320\t约束性\n新建农田\t万亩\t\t25\t\n";
        assertThat(ColumnSeparators.toPipes(MappedText.identity(text)).text().split("\n")).containsExactly(
                "指标 | 单位 | 2020年 | 2025年 | 属性", "粮食产量 | 万吨 | 310 | 320 | 约束性", "新建农田 | 万亩 |  | 25 | |");
        // Tabs that align columns for the eye (two in the header too) stay one gap each.
        String aligned = "指标\t\t单位\t2025年\n地区生产总值\t亿元\t\t900\n";
        assertThat(ColumnSeparators.toPipes(MappedText.identity(aligned)).text().split("\n")).containsExactly(
                "指标 | 单位 | 2025年", "地区生产总值 | 亿元 | 900");
    }
}
