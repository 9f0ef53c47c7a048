package org.plantrack.nlp.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plantrack.nlp.table.HeldOutTables.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plantrack.nlp.table.HeldOutTables.Case;

/**
 * Main-indicator tables in the shapes real plans and communiqués print them, written for this test (none of them
 * comes from a development document): markdown, HTML with spans and {@code <th>} in the body, DOCX with merged cells,
 * PDF text whose columns are runs of spaces, tables with one row per region. Each expects what GUIDELINES.md
 * (second round, convention 5) asks of every value cell, one line per indicator:
 * {@code metric;value;unit;kind;year;qualifier;change;attribute}, where a missing field is {@code -} and the attribute
 * is {@code b} (约束性) or {@code a} (预期性).
 */
class UnseenTablesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyValueCellIsReadAsTheGuidelinesSay(Case c) {
        assertThat(c.analyze().stream().map(HeldOutTables::line).toList()).containsExactlyInAnyOrderElementsOf(c.expected());
    }

    static Stream<Case> tables() {
        return Stream.of(
                text("markdown national-style table: footnote marks, 年均/累计, qualifiers, dashes", "2021-03-01", """
                        表1 “十四五”经济社会发展主要指标
                        | 类别 | 指标 | 2020年 | 2025年 | 年均/累计 | 属性 |
                        | --- | --- | --- | --- | --- | --- |
                        | 经济发展 | 1.地区生产总值增长（%） | 3.6 | — | 6左右 | 预期性 |
                        |  | 2.常住人口城镇化率（%） | 62.1* | 66 | — | 预期性 |
                        | 创新驱动 | 3.研发经费投入增长（%） | — | — | >8 | 预期性 |
                        | 民生福祉 | 4.城镇调查失业率（%） | 5.1 | <5.5 | — | 预期性 |
                        |  | 5.城镇新增就业（万人） | — | — | 〔45〕 | 预期性 |
                        | 绿色生态 | 6.单位地区生产总值能源消耗降低（%） | — | — | 〔14〕 | 约束性 |
                        | 安全保障 | 7.粮食综合生产能力（万吨） | — | >320 | — | 约束性 |
                        """,
                        "地区生产总值增长;3.6;%;actual;2020;-;increase;a",
                        "地区生产总值增长;6;%;target;2025;~;increase;a",
                        "常住人口城镇化率;62.1;%;actual;2020;-;-;a",
                        "常住人口城镇化率;66;%;target;2025;-;-;a",
                        "研发经费投入增长;8;%;target;2025;>=;increase;a",
                        "城镇调查失业率;5.1;%;actual;2020;-;-;a",
                        "城镇调查失业率;5.5;%;target;2025;<=;-;a",
                        "城镇新增就业;45;万人;target;2025;-;increase;a",
                        "单位地区生产总值能源消耗降低;14;%;target;2025;-;decrease;b",
                        "粮食综合生产能力;320;万吨;target;2025;>=;-;b"),
                text("markdown with bold header and a bold category row", "2023-06-01", """
                        | **指标** | **单位** | **2022年** | **2027年目标** |
                        | :-- | :-: | :-: | :-: |
                        | **一、产业发展** | | | |
                        | 数字经济核心产业增加值 | 亿元 | 420 | 800 |
                        | 规模以上工业企业数 | 家 | 1350 | ≥1800 |
                        """,
                        "数字经济核心产业增加值;420;亿元;actual;2022;-;-;-",
                        "数字经济核心产业增加值;800;亿元;target;2027;-;-;-",
                        "规模以上工业企业数;1350;家;actual;2022;-;-;-",
                        "规模以上工业企业数;1800;家;target;2027;>=;-;-"),
                text("html header of three rows (rowspan, colspan)", "2021-03-01", """
                        <html><body><p>附表 “十四五”时期主要发展指标</p><table border="1">
                        <tr><td rowspan="3">指标</td><td rowspan="3">单位</td><td colspan="3">规划目标</td><td rowspan="3">属性</td></tr>
                        <tr><td rowspan="2">2020年</td><td colspan="2">2025年</td></tr>
                        <tr><td>目标值</td><td>年均增长（%）</td></tr>
                        <tr><td>一般公共预算收入</td><td>亿元</td><td>86.5</td><td>120</td><td>6.8</td><td>预期性</td></tr>
                        <tr><td>城镇居民人均可支配收入</td><td>元</td><td>38600</td><td>54000</td><td>7左右</td><td>预期性</td></tr>
                        <tr><td>耕地保有量</td><td>万亩</td><td>152</td><td>≥150</td><td>—</td><td>约束性</td></tr>
                        </table></body></html>
                        """,
                        "一般公共预算收入;86.5;亿元;actual;2020;-;-;a",
                        "一般公共预算收入;120;亿元;target;2025;-;-;a",
                        "一般公共预算收入;6.8;%;target;2025;-;increase;a",
                        "城镇居民人均可支配收入;38600;元;actual;2020;-;-;a",
                        "城镇居民人均可支配收入;54000;元;target;2025;-;-;a",
                        "城镇居民人均可支配收入;7;%;target;2025;~;increase;a",
                        "耕地保有量;152;万亩;actual;2020;-;-;b",
                        "耕地保有量;150;万亩;target;2025;>=;-;b"),
                text("html caption with 单位, thead, th row headers and category rows in the body", "2024-01-20", """
                        <html><body><table><caption>表2 财政收支主要指标（单位：亿元）</caption>
                        <thead><tr><th>项目</th><th>2023年完成</th><th>2024年预算</th></tr></thead>
                        <tbody><tr><th colspan="3">一、收入</th></tr>
                        <tr><th>一般公共预算收入</th><td>45.6</td><td>48.2</td></tr>
                        <tr><th>税收收入</th><td>31.2</td><td>33.5</td></tr>
                        <tr><th colspan="3">二、支出</th></tr>
                        <tr><th>一般公共预算支出</th><td>120.3</td><td>118.0</td></tr>
                        </tbody></table></body></html>
                        """,
                        "一般公共预算收入;45.6;亿元;actual;2023;-;-;-",
                        "一般公共预算收入;48.2;亿元;target;2024;-;-;-",
                        "税收收入;31.2;亿元;actual;2023;-;-;-",
                        "税收收入;33.5;亿元;target;2024;-;-;-",
                        "一般公共预算支出;120.3;亿元;actual;2023;-;-;-",
                        "一般公共预算支出;118;亿元;target;2024;-;-;-"),
                docx("docx header merged across columns (gridSpan) and down rows (vMerge)", "2021-04-01",
                        p("表1 主要目标") + tbl(
                                tr(mergeStart("指标"), mergeStart("单位"), span(2, "2025年"), mergeStart("属性")),
                                tr(merged(), merged(), tc("目标值"), tc("年均增长（%）"), merged()),
                                tr(tc("粮食综合生产能力"), tc("万吨"), tc("1200"), tc("1.5"), tc("约束性")),
                                tr(tc("森林覆盖率"), mergeStart("%"), tc("45"), tc("—"), mergeStart("约束性")),
                                tr(tc("湿地保护率"), merged(), tc("55"), tc("—"), merged())),
                        "粮食综合生产能力;1200;万吨;target;2025;-;-;b",
                        "粮食综合生产能力;1.5;%;target;2025;-;increase;b",
                        "森林覆盖率;45;%;target;2025;-;-;b",
                        "湿地保护率;55;%;target;2025;-;-;b"),
                docx("docx category and attribute cells merged down rows, a note row spanning the table", "2021-04-01",
                        tbl(
                                tr(tc("类别"), tc("指标"), tc("单位"), tc("2020年"), tc("2025年"), tc("属性")),
                                tr(mergeStart("经济发展"), tc("地区生产总值"), tc("亿元"), tc("500"), tc("720"), mergeStart("预期性")),
                                tr(merged(), tc("全员劳动生产率"), tc("万元/人"), tc("12"), tc("16"), merged()),
                                tr(span(6, "注：地区生产总值按当年价格计算。"))),
                        "地区生产总值;500;亿元;actual;2020;-;-;a",
                        "地区生产总值;720;亿元;target;2025;-;-;a",
                        "全员劳动生产率;12;万元/人;actual;2020;-;-;a",
                        "全员劳动生产率;16;万元/人;target;2025;-;-;a"),
                docx("docx category rows spanning the table between indicator rows", "2021-04-01",
                        tbl(
                                tr(tc("指标"), tc("2020年"), tc("2025年"), tc("属性")),
                                tr(span(4, "经济发展")),
                                tr(tc("地区生产总值（亿元）"), tc("650"), tc("900"), tc("预期性")),
                                tr(span(4, "生态环境")),
                                tr(tc("PM2.5平均浓度（微克/立方米）"), tc("35"), tc("≤30"), tc("约束性"))),
                        "地区生产总值;650;亿元;actual;2020;-;-;a",
                        "地区生产总值;900;亿元;target;2025;-;-;a",
                        "PM2.5平均浓度;35;微克/立方米;actual;2020;-;-;b",
                        "PM2.5平均浓度;30;微克/立方米;target;2025;<=;-;b"),
                text("pdf text: columns are runs of spaces", "2021-03-01", """
                        表1 主要指标
                        指标名称                  单位      2020年     2025年     属性
                        地区生产总值              亿元      1830       2600       预期性
                        常住人口城镇化率          %         56.8       62         预期性
                        单位地区生产总值能耗降低  %         —          〔14〕     约束性
                        森林覆盖率                %         38.2       ≥39        约束性
                        """,
                        "地区生产总值;1830;亿元;actual;2020;-;-;a",
                        "地区生产总值;2600;亿元;target;2025;-;-;a",
                        "常住人口城镇化率;56.8;%;actual;2020;-;-;a",
                        "常住人口城镇化率;62;%;target;2025;-;-;a",
                        "单位地区生产总值能耗降低;14;%;target;2025;-;decrease;b",
                        "森林覆盖率;38.2;%;actual;2020;-;-;b",
                        "森林覆盖率;39;%;target;2025;>=;-;b"),
                text("pdf text: a blank cell leaves a wider gap", "2021-03-01", """
                        指标名称                单位        2020年      2025年      属性
                        粮食综合生产能力        万吨        310         320         约束性
                        新建高标准农田          万亩                    〔25〕      约束性
                        农村居民人均可支配收入  元          16500       24000       预期性
                        """,
                        "粮食综合生产能力;310;万吨;actual;2020;-;-;b",
                        "粮食综合生产能力;320;万吨;target;2025;-;-;b",
                        "新建高标准农田;25;万亩;target;2025;-;increase;b",
                        "农村居民人均可支配收入;16500;元;actual;2020;-;-;a",
                        "农村居民人均可支配收入;24000;元;target;2025;-;-;a"),
                text("regions as rows, the measure and unit only in the caption", "2024-03-01", """
                        表3 2023年各市地区生产总值（亿元）
                        城市 | 2023年 | 2022年
                        长沙市 | 14500.2 | 14000.5
                        株洲市 | 3900.4 | 3700.1
                        湘潭市 | 3100.8 | 2950.3
                        """,
                        "长沙市地区生产总值;14500.2;亿元;actual;2023;-;-;-",
                        "长沙市地区生产总值;14000.5;亿元;actual;2022;-;-;-",
                        "株洲市地区生产总值;3900.4;亿元;actual;2023;-;-;-",
                        "株洲市地区生产总值;3700.1;亿元;actual;2022;-;-;-",
                        "湘潭市地区生产总值;3100.8;亿元;actual;2023;-;-;-",
                        "湘潭市地区生产总值;2950.3;亿元;actual;2022;-;-;-"),
                text("regions as rows, measures in the column headers, the year in the caption", "2024-03-01", """
                        2023年各县（市、区）主要经济指标
                        地区 | 生产总值（亿元） | 增长（%） | 一般公共预算收入（亿元）
                        宁乡市 | 1350.6 | 4.8 | 60.2
                        浏阳市 | 1680.3 | 5.1 | 75.9
                        """,
                        "宁乡市生产总值;1350.6;亿元;actual;2023;-;-;-",
                        "宁乡市生产总值;4.8;%;actual;2023;-;increase;-",
                        "宁乡市一般公共预算收入;60.2;亿元;actual;2023;-;-;-",
                        "浏阳市生产总值;1680.3;亿元;actual;2023;-;-;-",
                        "浏阳市生产总值;5.1;%;actual;2023;-;increase;-",
                        "浏阳市一般公共预算收入;75.9;亿元;actual;2023;-;-;-"),
                text("regions as rows with a total row, the unit on a line of its own", "2024-03-01", """
                        全省各市（州）常住人口
                        单位：万人
                        市（州） | 2020年 | 2023年
                        全省 | 4660.2 | 4680.5
                        成都市 | 2090.1 | 2140.3
                        绵阳市 | 486.8 | 490.2
                        """,
                        "全省常住人口;4660.2;万人;actual;2020;-;-;-",
                        "全省常住人口;4680.5;万人;actual;2023;-;-;-",
                        "成都市常住人口;2090.1;万人;actual;2020;-;-;-",
                        "成都市常住人口;2140.3;万人;actual;2023;-;-;-",
                        "绵阳市常住人口;486.8;万人;actual;2020;-;-;-",
                        "绵阳市常住人口;490.2;万人;actual;2023;-;-;-"),
                text("regions as rows, a value column and a growth column", "2024-02-01", """
                        各市州生产总值
                        地区 | 2023年（亿元） | 比上年增长（%）
                        贵阳市 | 5100.3 | 5.8
                        遵义市 | 4600.9 | 5.1
                        """,
                        "贵阳市生产总值;5100.3;亿元;actual;2023;-;-;-",
                        "贵阳市生产总值;5.8;%;actual;2023;-;increase;-",
                        "遵义市生产总值;4600.9;亿元;actual;2023;-;-;-",
                        "遵义市生产总值;5.1;%;actual;2023;-;increase;-"),
                text("plan-period column headers without a year", "2021-02-01", """
                        指标 | 单位 | “十三五”末 | “十四五”目标 | 属性
                        人均地区生产总值 | 元 | 52000 | 75000 | 预期性
                        每千人口拥有执业（助理）医师数 | 人 | 2.6 | 3.2 | 预期性
                        """,
                        "人均地区生产总值;52000;元;actual;2020;-;-;a",
                        "人均地区生产总值;75000;元;target;2025;-;-;a",
                        "每千人口拥有执业（助理）医师数;2.6;人;actual;2020;-;-;a",
                        "每千人口拥有执业（助理）医师数;3.2;人;target;2025;-;-;a"),
                text("an annual report's table: last year's estimate and this year's target", "2025-01-15", """
                        2025年主要预期目标
                        指标 | 单位 | 2024年预计完成 | 2025年目标
                        地区生产总值增长 | % | 5.2 | 5.5左右
                        社会消费品零售总额增长 | % | 6.0 | 6.5
                        """,
                        "地区生产总值增长;5.2;%;actual;2024;-;increase;-",
                        "地区生产总值增长;5.5;%;target;2025;~;increase;-",
                        "社会消费品零售总额增长;6;%;actual;2024;-;increase;-",
                        "社会消费品零售总额增长;6.5;%;target;2025;-;increase;-"),
                text("ranges in cells", "2021-03-01", """
                        指标 | 单位 | 2020年 | 2025年 | 年均增长（%）
                        地区生产总值 | 亿元 | 1200 | 1650-1700 | 6.5-7
                        """,
                        "地区生产总值;1200;亿元;actual;2020;-;-;-",
                        "地区生产总值;1650;亿元;target;2025;>=;-;-",
                        "地区生产总值;1700;亿元;target;2025;<=;-;-",
                        "地区生产总值;6.5;%;target;2025;>=;increase;-",
                        "地区生产总值;7;%;target;2025;<=;increase;-"),
                text("unit in the year headers", "2021-03-01", """
                        主要指标 | 2020年（亿元） | 2025年（亿元）
                        地区生产总值 | 980 | 1400
                        固定资产投资 | 520 | 700
                        """,
                        "地区生产总值;980;亿元;actual;2020;-;-;-",
                        "地区生产总值;1400;亿元;target;2025;-;-;-",
                        "固定资产投资;520;亿元;actual;2020;-;-;-",
                        "固定资产投资;700;亿元;target;2025;-;-;-"),
                text("a name column headed 指标（单位）", "2021-03-01", """
                        指标（单位） | 基期值（2020年） | 目标值（2025年） | 指标属性
                        森林覆盖率（%） | 41.5 | 42 | 约束性
                        森林蓄积量（万立方米） | 3200 | 3600 | 约束性
                        林业总产值（亿元） | 260 | 400 | 预期性
                        """,
                        "森林覆盖率;41.5;%;actual;2020;-;-;b",
                        "森林覆盖率;42;%;target;2025;-;-;b",
                        "森林蓄积量;3200;万立方米;actual;2020;-;-;b",
                        "森林蓄积量;3600;万立方米;target;2025;-;-;b",
                        "林业总产值;260;亿元;actual;2020;-;-;a",
                        "林业总产值;400;亿元;target;2025;-;-;a"),
                text("html with 类别 and 属性 spanning rows, 序号, line breaks in header cells", "2021-03-01", """
                        <html><body><table>
                        <tr><td>类别</td><td>序号</td><td>指标</td><td>单位</td><td>2020年<br/>现状值</td><td>2025年<br/>目标值</td><td>属性</td></tr>
                        <tr><td rowspan="2">创新驱动</td><td>1</td><td>研究与试验发展经费投入强度</td><td>%</td><td>1.9</td><td>2.5</td><td rowspan="2">预期性</td></tr>
                        <tr><td>2</td><td>每万人口高价值发明专利拥有量</td><td>件</td><td>3.1</td><td>6</td></tr>
                        <tr><td rowspan="2">民生福祉</td><td>3</td><td>城镇调查失业率</td><td>%</td><td>—</td><td>&lt;5.5</td><td>预期性</td></tr>
                        <tr><td>4</td><td>人均预期寿命</td><td>岁</td><td>78.2</td><td>79</td><td>预期性</td></tr>
                        </table></body></html>
                        """,
                        "研究与试验发展经费投入强度;1.9;%;actual;2020;-;-;a",
                        "研究与试验发展经费投入强度;2.5;%;target;2025;-;-;a",
                        "每万人口高价值发明专利拥有量;3.1;件;actual;2020;-;-;a",
                        "每万人口高价值发明专利拥有量;6;件;target;2025;-;-;a",
                        "城镇调查失业率;5.5;%;target;2025;<=;-;a",
                        "人均预期寿命;78.2;岁;actual;2020;-;-;a",
                        "人均预期寿命;79;岁;target;2025;-;-;a"),
                text("units and qualifiers inside the cells", "2023-05-01", """
                        指标 | 2022年 | 2025年
                        5G基站 | 3200个 | 6000个以上
                        千兆光网覆盖率 | 85% | ≥95%
                        算力规模 | 0.8万标准机架 | 1.5万标准机架
                        """,
                        "5G基站;3200;个;actual;2022;-;-;-",
                        "5G基站;6000;个;target;2025;>=;-;-",
                        "千兆光网覆盖率;85;%;actual;2022;-;-;-",
                        "千兆光网覆盖率;95;%;target;2025;>=;-;-",
                        "算力规模;0.8;万标准机架;actual;2022;-;-;-",
                        "算力规模;1.5;万标准机架;target;2025;-;-;-"),
                text("communique table: a measure column (产量) and signed growth", "2024-03-10", """
                        表1 2023年主要农产品产量
                        产品名称 | 单位 | 产量 | 比上年增长（%）
                        粮食 | 万吨 | 1230.5 | 1.2
                        油料 | 万吨 | 86.4 | -2.3
                        猪牛羊禽肉 | 万吨 | 210.7 | —
                        """,
                        "粮食产量;1230.5;万吨;actual;2023;-;-;-",
                        "粮食产量;1.2;%;actual;2023;-;increase;-",
                        "油料产量;86.4;万吨;actual;2023;-;-;-",
                        "油料产量;-2.3;%;actual;2023;-;increase;-",
                        "猪牛羊禽肉产量;210.7;万吨;actual;2023;-;-;-"),
                text("a 十四五累计 column takes the row's unit", "2021-03-01", """
                        指标 | 单位 | 2020年 | 2025年 | “十四五”累计 | 属性
                        新增城镇就业 | 万人 | 6.2 | — | 30 | 预期性
                        完成造林面积 | 万亩 | — | — | 〔50〕 | 约束性
                        """,
                        "新增城镇就业;6.2;万人;actual;2020;-;-;a",
                        "新增城镇就业;30;万人;target;2025;-;increase;a",
                        "完成造林面积;50;万亩;target;2025;-;increase;b"),
                text("html: 指标值 spanning the year columns", "2021-03-01", """
                        <html><body><table>
                        <tr><th rowspan="2">指标名称</th><th rowspan="2">计量单位</th><th colspan="2">指标值</th><th rowspan="2">指标属性</th></tr>
                        <tr><th>2020年</th><th>2025年</th></tr>
                        <tr><td>污水处理率</td><td>%</td><td>93</td><td>97</td><td>约束性</td></tr>
                        <tr><td>生活垃圾无害化处理率</td><td>%</td><td>100</td><td>100</td><td>约束性</td></tr>
                        </table></body></html>
                        """,
                        "污水处理率;93;%;actual;2020;-;-;b",
                        "污水处理率;97;%;target;2025;-;-;b",
                        "生活垃圾无害化处理率;100;%;actual;2020;-;-;b",
                        "生活垃圾无害化处理率;100;%;target;2025;-;-;b"),
                text("row numbers in brackets and 其中 sub-rows", "2024-02-01", """
                        指标 | 单位 | 2023年 | 2024年目标
                        （1）规模以上工业增加值增长 | % | 6.1 | 6.5
                        （2）固定资产投资 | 亿元 | 310 | 330
                        其中：工业投资 | 亿元 | 120 | 135
                        """,
                        "规模以上工业增加值增长;6.1;%;actual;2023;-;increase;-",
                        "规模以上工业增加值增长;6.5;%;target;2024;-;increase;-",
                        "固定资产投资;310;亿元;actual;2023;-;-;-",
                        "固定资产投资;330;亿元;target;2024;-;-;-",
                        "工业投资;120;亿元;actual;2023;-;-;-",
                        "工业投资;135;亿元;target;2024;-;-;-"),
                text("transposed: years down the first column", "2024-02-01", """
                        | 年份 | 地区生产总值（亿元） | 一般公共预算收入（亿元） |
                        |---|---|---|
                        | 2021年 | 820 | 41 |
                        | 2022年 | 870 | 43 |
                        | 2023年 | 925 | 46 |
                        """,
                        "地区生产总值;820;亿元;actual;2021;-;-;-",
                        "地区生产总值;870;亿元;actual;2022;-;-;-",
                        "地区生产总值;925;亿元;actual;2023;-;-;-",
                        "一般公共预算收入;41;亿元;actual;2021;-;-;-",
                        "一般公共预算收入;43;亿元;actual;2022;-;-;-",
                        "一般公共预算收入;46;亿元;actual;2023;-;-;-"),
                text("html: empty, slash and 无 cells", "2021-03-01", """
                        <html><body><table><tr><td>指标</td><td>单位</td><td>2020年</td><td>2025年</td></tr>
                        <tr><td>农村自来水普及率</td><td>%</td><td></td><td>98</td></tr>
                        <tr><td>乡村振兴示范村</td><td>个</td><td>/</td><td>50</td></tr>
                        <tr><td>农村集体经济收入</td><td>万元</td><td>无</td><td>—</td></tr>
                        </table></body></html>
                        """,
                        "农村自来水普及率;98;%;target;2025;-;-;-",
                        "乡村振兴示范村;50;个;target;2025;-;-;-"),
                text("a 年均增长 column without a unit holds rates, a bracketed cell in it a total", "2021-03-01", """
                        指标 | 单位 | 2020年 | 2025年 | 年均增长〔累计〕 | 属性
                        地区生产总值 | 亿元 | 3000 | 4500 | 8.5 | 预期性
                        新增城镇就业 | 万人 | — | — | 〔12〕 | 预期性
                        """,
                        "地区生产总值;3000;亿元;actual;2020;-;-;a",
                        "地区生产总值;4500;亿元;target;2025;-;-;a",
                        "地区生产总值;8.5;%;target;2025;-;increase;a",
                        "新增城镇就业;12;万人;target;2025;-;increase;a"),
                text("text values in target cells are no values", "2021-03-01", """
                        指标 | 单位 | 2020年 | 2025年 | 属性
                        全员劳动生产率增长 | % | 2.4 | 高于地区生产总值增长 | 预期性
                        居民人均可支配收入增长 | % | 2.8 | 与经济增长基本同步 | 预期性
                        """,
                        "全员劳动生产率增长;2.4;%;actual;2020;-;increase;a",
                        "居民人均可支配收入增长;2.8;%;actual;2020;-;increase;a"),
                // Written in a second pass, after the first 28 passed; main reads neither (a double tab was one gap,
                // 力争 before a number made no value).
                text("tab-separated rows with blank cells, the last one included", "2021-03-01",
                        "指标\t单位\t2020年\t2025年\t属性\n"
                        + "地区生产总值\t亿元\t1500\t2100\t预期性\n"
                        + "新增城镇就业\t万人\t\t〔25〕\t\n"
                        + "森林覆盖率\t%\t40.5\t42\t约束性\n",
                        "地区生产总值;1500;亿元;actual;2020;-;-;a",
                        "地区生产总值;2100;亿元;target;2025;-;-;a",
                        "新增城镇就业;25;万人;target;2025;-;increase;-",
                        "森林覆盖率;40.5;%;actual;2020;-;-;b",
                        "森林覆盖率;42;%;target;2025;-;-;b"),
                text("a target cell that strives for its figure (力争)", "2021-03-01", """
                        指标 | 单位 | 2020年 | 2025年
                        高新技术企业 | 家 | 120 | 力争200
                        研发经费投入强度 | % | 1.8 | 力争2.5以上
                        """,
                        "高新技术企业;120;家;actual;2020;-;-;-",
                        "高新技术企业;200;家;target;2025;-;-;-",
                        "研发经费投入强度;1.8;%;actual;2020;-;-;-",
                        "研发经费投入强度;2.5;%;target;2025;>=;-;-"),
                // Third pass: a column per place (main reads none of it; measure columns alone named 地区生产总值长沙市).
                text("a column per place", "2024-03-01", """
                        表5 2023年长株潭主要经济指标对比
                        指标 | 长沙市 | 株洲市 | 湘潭市
                        地区生产总值（亿元） | 14500.2 | 3900.4 | 3100.8
                        常住人口（万人） | 1050.5 | 388.2 | 272.1
                        """,
                        "长沙市地区生产总值;14500.2;亿元;actual;2023;-;-;-",
                        "株洲市地区生产总值;3900.4;亿元;actual;2023;-;-;-",
                        "湘潭市地区生产总值;3100.8;亿元;actual;2023;-;-;-",
                        "长沙市常住人口;1050.5;万人;actual;2023;-;-;-",
                        "株洲市常住人口;388.2;万人;actual;2023;-;-;-",
                        "湘潭市常住人口;272.1;万人;actual;2023;-;-;-"));
    }
}
