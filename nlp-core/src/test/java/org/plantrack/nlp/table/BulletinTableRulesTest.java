package org.plantrack.nlp.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.Indicator;

/** The single rules behind {@link UnseenBulletinTablesTest}, each on a header, cell, caption or table written for it. */
class BulletinTableRulesTest {

    private static List<String> read(String text, String date) {
        return TableReaderTest.indicators(text, date).stream()
                .map(i -> i.metric() + " " + i.value().stripTrailingZeros().toPlainString() + " " + i.unit() + " " + i.kind()
                        + " " + i.year() + " " + i.change())
                .toList();
    }

    @Test
    void headersThatOnlySayAValueIsThereHoldLevels() {
        for (String h : new String[] {"年末数（亿元）", "绝对数（元）", "期末数", "本年数"}) {
            Column c = HeaderClassifier.classify(h);
            assertThat(c.role()).as(h).isEqualTo(HeaderRole.VALUE);
            assertThat(c.kind()).as(h).isEqualTo("actual");
            assertThat(c.metricSuffix()).as(h).isNull();
        }
        assertThat(HeaderClassifier.classify("年末数（亿元）").unit()).isEqualTo("亿元");
    }

    @Test
    void aPartOfTheYearHoldsWhatWasDoneInIt() {
        for (String h : new String[] {"1-11月", "1—9月累计", "前三季度", "上半年"}) {
            Column c = HeaderClassifier.classify(h);
            assertThat(c.role()).as(h).isEqualTo(HeaderRole.VALUE);
            assertThat(c.kind()).as(h).isEqualTo("actual");
        }
        Column dated = HeaderClassifier.classify("2024年1-6月");
        assertThat(dated.year()).isEqualTo(2024);
        assertThat(dated.kind()).isEqualTo("actual");
        assertThat(dated.metricSuffix()).isNull();
        assertThat(HeaderClassifier.classify("2025年全年目标").kind()).isEqualTo("target");
        assertThat(read("表2 2024年1-6月主要指标\n指标 | 单位 | 1-6月 | 同比增长（%）\n工业用电量 | 亿千瓦时 | 88.2 | 4.4\n",
                "2024-07-15")).containsExactlyInAnyOrder("工业用电量 88.2 亿千瓦时 actual 2024 null",
                        "工业用电量 4.4 % actual 2024 increase");
    }

    @Test
    void aRankColumnHoldsNoValues() {
        assertThat(HeaderClassifier.classify("增速位次").holdsValues()).isFalse();
        assertThat(HeaderClassifier.classify("全省排名").holdsValues()).isFalse();
        assertThat(read("2024年各县区财政收入\n县区 | 收入（亿元） | 排名\n南城县 | 12.5 | 1\n黎川县 | 8.1 | 2\n", "2025-02-01"))
                .containsExactlyInAnyOrder("南城县收入 12.5 亿元 actual 2024 null", "黎川县收入 8.1 亿元 actual 2024 null");
    }

    @Test
    void aSumRowIsTheMeasureOfTheWholeArea() {
        List<Indicator> l = TableReaderTest.indicators("表1 2024年各区粮食产量（万吨）\n地区 | 2024年\n东湖区 | 1.2\n西湖区 | 0.8\n合计 | 2.0\n",
                "2025-02-01");
        assertThat(l).extracting(Indicator::metric).containsExactly("东湖区粮食产量", "西湖区粮食产量", "粮食产量");
        assertThat(l.get(2).region()).isNull();
    }

    @Test
    void aGrowthRowGrowsTheMeasureAboveIt() {
        assertThat(RowName.isBareChange("比上年增长")).isTrue();
        assertThat(RowName.isBareChange("增速")).isTrue();
        assertThat(RowName.isBareChange("工业增长")).isFalse();
        assertThat(read("年份 | 财政收入（亿元） | 增长（%）\n2022年 | 40.2 | 3.1\n2023年 | 42.0 | 4.5\n", "2024-03-01"))
                .containsExactlyInAnyOrder("财政收入 40.2 亿元 actual 2022 null", "财政收入 3.1 % actual 2022 increase",
                        "财政收入 42 亿元 actual 2023 null", "财政收入 4.5 % actual 2023 increase");
    }

    @Test
    void aMeasureHeaderIsNotAddedToANameThatSaysItAlready() {
        assertThat(MeasureColumns.stem("投资额")).isEqualTo("投资");
        assertThat(MeasureColumns.stem("产量")).isEqualTo("产量");
        assertThat(read("2024年全县招商引资（单位：亿元）\n项目 | 引资额\n工业引资 | 30.5\n农业引资 | 6.2\n", "2025-02-01"))
                .containsExactlyInAnyOrder("工业引资 30.5 亿元 actual 2024 null", "农业引资 6.2 亿元 actual 2024 null");
    }

    @Test
    void aLoneCellBelowTheHeaderOpensASectionOfRows() {
        assertThat(read("表3 2024年财政支出（单位：亿元）\n项目 | 支出\n民生类 |\n教育支出 | 20.1\n卫生健康支出 | 9.6\n", "2025-02-01"))
                .containsExactlyInAnyOrder("教育支出 20.1 亿元 actual 2024 null", "卫生健康支出 9.6 亿元 actual 2024 null");
    }

    @Test
    void aHeaderWithoutItsCornerCellStandsOverTheValueColumns() {
        assertThat(read("| 耕地保有量（万亩） | 森林覆盖率（%）\n2020年 | 410 | 50.2\n2025年目标 | 405 | 52\n", "2021-03-01"))
                .containsExactlyInAnyOrder("耕地保有量 410 万亩 actual 2020 null", "耕地保有量 405 万亩 target 2025 null",
                        "森林覆盖率 50.2 % actual 2020 null", "森林覆盖率 52 % target 2025 null");
    }

    @Test
    void aColumnPerCityIsNoTransposedTableAndNamesTheRegion() {
        List<Indicator> l = TableReaderTest.indicators("2024年两市对比\n指标 | 三明市 | 南平市\n常住人口（万人） | 245.1 | 264.6\n"
                + "城镇化率（%） | 62.3 | 60.1\n", "2025-02-01");
        assertThat(l).extracting(Indicator::metric).containsExactlyInAnyOrder("三明市常住人口", "南平市常住人口", "三明市城镇化率",
                "南平市城镇化率");
        assertThat(l).extracting(i -> i.region() == null ? null : i.region().name())
                .containsExactlyInAnyOrder("三明市", "南平市", "三明市", "南平市");
        assertThat(CellValue.parse("三明市")).isNull();
        assertThat(CellValue.parse("三县")).isNotNull();
    }

    @Test
    void aMarkdownTablesOpeningBarIsNoProseBetweenItAndItsCaption() {
        assertThat(TableCaption.captionLine("表4 2024年城乡居民收入\n| ")).isEqualTo("表4 2024年城乡居民收入");
    }

    @Test
    void aRepeatedHeaderRowDoesNotCutTheTable() {
        assertThat(read("表5 2024年蔬菜生产\n指标 | 单位 | 2024年\n蔬菜产量 | 万吨 | 30.2\n指标 | 单位 | 2024年\n食用菌产量 | 万吨 | 2.1\n",
                "2025-02-01")).containsExactlyInAnyOrder("蔬菜产量 30.2 万吨 actual 2024 null", "食用菌产量 2.1 万吨 actual 2024 null");
    }

    @Test
    void spaceAlignedRowsUnderAHeaderWithoutFiguresAreATable() {
        String t = "表6 2024年水产品产量\n"
                + "品种            单位        产量        比上年增长%\n"
                + "鱼类            万吨        12.4        2.2\n"
                + "虾蟹类          万吨        1.3         -4.1\n";
        assertThat(read(t, "2025-02-01")).containsExactlyInAnyOrder("鱼类产量 12.4 万吨 actual 2024 null",
                "鱼类产量 2.2 % actual 2024 increase", "虾蟹类产量 1.3 万吨 actual 2024 null", "虾蟹类产量 -4.1 % actual 2024 increase");
    }

    @Test
    void aHeaderPrintedOverTwoLinesIsStackedByColumn() {
        String over = "                            2020年      2025年\n"
                + "指标              单位       现状        目标        属性\n"
                + "人均公园绿地面积  平方米     12.1        14          预期性\n"
                + "建成区绿地率      %          38.5        40          约束性\n";
        assertThat(read(over, "2021-03-01")).containsExactlyInAnyOrder("人均公园绿地面积 12.1 平方米 actual 2020 null",
                "人均公园绿地面积 14 平方米 target 2025 null", "建成区绿地率 38.5 % actual 2020 null", "建成区绿地率 40 % target 2025 null");
        String under = "指标              单位       2024年      同比\n"
                + "                                          增长（%）\n"
                + "快递业务量        亿件       3.2         18.5\n"
                + "邮政业务收入      亿元       25.6        9.1\n";
        assertThat(read(under, "2025-02-01")).containsExactlyInAnyOrder("快递业务量 3.2 亿件 actual 2024 null",
                "快递业务量 18.5 % actual 2024 increase", "邮政业务收入 25.6 亿元 actual 2024 null", "邮政业务收入 9.1 % actual 2024 increase");
        // Justified prose with wide gaps has no header words: no table.
        assertThat(AlignedHeaderLines.isFullHeader("各地  要求  落实")).isFalse();
        assertThat(AlignedHeaderLines.isPartialHeader("表1  主要指标")).isFalse();
    }

    @Test
    void aProjectNamedByItsCapacityHoldsNoValue() {
        assertThat(ProjectNames.isProjectName("1. 年产20万吨生物柴油项目")).isTrue();
        assertThat(ProjectNames.isProjectName("2×35万千瓦热电联产工程")).isTrue();
        assertThat(ProjectNames.isProjectName("实施200个重点项目")).isFalse();
        assertThat(ProjectNames.isProjectName("新建年产5万吨饲料项目")).isFalse();
        assertThat(ProjectNames.isProjectName("新建5G基站3000个")).isFalse();
        String box = "<html><body><table border=\"1\"><tr><td>专栏2 重点产业项目</td><td>建设地点</td></tr>"
                + "<tr><td>年产20万吨生物柴油项目</td><td>经开区</td></tr>"
                + "<tr><td>2×35万千瓦热电联产工程</td><td>高新区</td></tr></table></body></html>";
        assertThat(TableReaderTest.analyze(box, "2021-03-01", "t.html").indicators()).isEmpty();
        // The same list as lines of a box (a one-column table becomes lines): each line is only a name.
        assertThat(TableReaderTest.indicators("专栏2 重点产业项目\n1. 年产20万吨生物柴油项目\n2. 2×35万千瓦热电联产工程\n", "2021-03-01"))
                .isEmpty();
        assertThat(TableReaderTest.indicators("专栏2 重点产业项目\n1. 新建年产20万吨生物柴油项目1个。\n", "2021-03-01")).isNotEmpty();
    }
}
