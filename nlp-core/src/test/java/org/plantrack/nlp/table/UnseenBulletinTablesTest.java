package org.plantrack.nlp.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plantrack.nlp.table.HeldOutTables.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plantrack.nlp.table.HeldOutTables.Case;

/**
 * A second held-out set of tables, written for this test in genres {@link UnseenTablesTest} lacks: statistical
 * communiqué tables (绝对数 | 比上年增长, product output, districts, 合计/其中 rows, footnotes), government work report
 * annex targets, 专栏 boxes of projects, transposed tables (years or target rows down the side), headers printed over
 * two PDF lines, a column per city, blank and dash cells, thousands separators, full-width digits, units inside cells,
 * {@code <th>} rows in an HTML body and tables nested in a page layout. Each expects what GUIDELINES.md asks of every
 * value, one line per indicator: {@code metric;value;unit;kind;year;qualifier;change;attribute;region}, where a missing
 * field is {@code -}, the attribute is {@code b} (约束性) or {@code a} (预期性) and region is the name of the place the
 * indicator is about when a row or column names one.
 */
class UnseenBulletinTablesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyValueIsReadAsTheGuidelinesSay(Case c) {
        assertThat(c.analyze().stream().map(HeldOutTables::lineWithRegion).toList()).containsExactlyInAnyOrderElementsOf(c.expected());
    }

    static Stream<Case> tables() {
        return Stream.of(
                // ---- statistical communiqué tables
                text("communique: 指标 | 单位 | 绝对数 | 比上年增长, 其中 rows, a footnote", "2024-03-20", """
                        表1 2023年全市主要经济指标
                        指标 | 单位 | 绝对数 | 比上年增长（%）
                        地区生产总值 | 亿元 | 2856.3 | 5.6
                        其中：第一产业增加值 | 亿元 | 210.4 | 4.1
                        社会消费品零售总额 | 亿元 | 1190.8 | -2.4
                        注：①增长速度按可比价格计算。②部分数据因四舍五入，分项合计与总计略有出入。
                        """,
                        "地区生产总值;2856.3;亿元;actual;2023;-;-;-;-",
                        "地区生产总值;5.6;%;actual;2023;-;increase;-;-",
                        "第一产业增加值;210.4;亿元;actual;2023;-;-;-;-",
                        "第一产业增加值;4.1;%;actual;2023;-;increase;-;-",
                        "社会消费品零售总额;1190.8;亿元;actual;2023;-;-;-;-",
                        "社会消费品零售总额;-2.4;%;actual;2023;-;increase;-;-"),
                text("communique: product output, the unit in the name cell, thousands separators", "2024-03-20", """
                        表2 2023年主要工业产品产量及其增长速度
                        产品名称 | 产量 | 比上年增长（%）
                        原煤（万吨） | 1,250.6 | 3.2
                        水泥（万吨） | 2,310.5 | 6.8
                        汽车（万辆） | 12.5 | 21.0
                        """,
                        "原煤产量;1250.6;万吨;actual;2023;-;-;-;-",
                        "原煤产量;3.2;%;actual;2023;-;increase;-;-",
                        "水泥产量;2310.5;万吨;actual;2023;-;-;-;-",
                        "水泥产量;6.8;%;actual;2023;-;increase;-;-",
                        "汽车产量;12.5;万辆;actual;2023;-;-;-;-",
                        "汽车产量;21;%;actual;2023;-;increase;-;-"),
                text("communique: product output with a unit column", "2024-03-20", """
                        表3 2023年规模以上工业主要产品产量
                        产品名称 | 单位 | 产量 | 比上年增长（%）
                        钢材 | 万吨 | 860.2 | -1.5
                        光伏电池 | 万千瓦 | 1,620.0 | 35.4
                        """,
                        "钢材产量;860.2;万吨;actual;2023;-;-;-;-",
                        "钢材产量;-1.5;%;actual;2023;-;increase;-;-",
                        "光伏电池产量;1620;万千瓦;actual;2023;-;-;-;-",
                        "光伏电池产量;35.4;%;actual;2023;-;increase;-;-"),
                text("communique: the unit in the caption line, a 合计 row at the bottom", "2024-03-20", """
                        表4 2023年各县区一般公共预算收入（单位：亿元）
                        地区 | 2023年 | 比上年增长（%）
                        章贡区 | 31.2 | 6.1
                        南康区 | 22.8 | 3.9
                        合计 | 54.0 | 5.2
                        """,
                        "章贡区一般公共预算收入;31.2;亿元;actual;2023;-;-;-;章贡区",
                        "章贡区一般公共预算收入;6.1;%;actual;2023;-;increase;-;章贡区",
                        "南康区一般公共预算收入;22.8;亿元;actual;2023;-;-;-;南康区",
                        "南康区一般公共预算收入;3.9;%;actual;2023;-;increase;-;南康区",
                        "一般公共预算收入;54;亿元;actual;2023;-;-;-;-",
                        "一般公共预算收入;5.2;%;actual;2023;-;increase;-;-"),
                text("communique: the unit in the year headers (万元), two years and a change column", "2024-02-10", """
                        2023年全县财政收支情况
                        项目 | 2023年（万元） | 2022年（万元） | 增减（%）
                        一般公共预算收入 | 356,820 | 331,450 | 7.7
                        一般公共预算支出 | 1,052,300 | 998,760 | 5.4
                        """,
                        "一般公共预算收入;356820;万元;actual;2023;-;-;-;-",
                        "一般公共预算收入;331450;万元;actual;2022;-;-;-;-",
                        "一般公共预算收入;7.7;%;actual;2023;-;increase;-;-",
                        "一般公共预算支出;1052300;万元;actual;2023;-;-;-;-",
                        "一般公共预算支出;998760;万元;actual;2022;-;-;-;-",
                        "一般公共预算支出;5.4;%;actual;2023;-;increase;-;-"),
                text("communique: year-end balances, the year only in the caption", "2024-03-20", """
                        表6 2023年末金融机构本外币存贷款余额
                        指标 | 年末数（亿元） | 比上年末增长（%）
                        各项存款余额 | 8,652.3 | 9.8
                        其中：住户存款 | 5,120.6 | 14.2
                        各项贷款余额 | 7,430.1 | 11.0
                        """,
                        "各项存款余额;8652.3;亿元;actual;2023;-;-;-;-",
                        "各项存款余额;9.8;%;actual;2023;-;increase;-;-",
                        "住户存款;5120.6;亿元;actual;2023;-;-;-;-",
                        "住户存款;14.2;%;actual;2023;-;increase;-;-",
                        "各项贷款余额;7430.1;亿元;actual;2023;-;-;-;-",
                        "各项贷款余额;11;%;actual;2023;-;increase;-;-"),
                text("communique: tab-separated rows, a signed change and a full-width minus", "2024-03-20",
                        "表5 2023年全社会用电情况\n指标\t单位\t绝对数\t比上年增长%\n全社会用电量\t亿千瓦时\t1,286.4\t7.2\n"
                                + "城乡居民生活用电\t亿千瓦时\t210.7\t－0.8\n",
                        "全社会用电量;1286.4;亿千瓦时;actual;2023;-;-;-;-",
                        "全社会用电量;7.2;%;actual;2023;-;increase;-;-",
                        "城乡居民生活用电;210.7;亿千瓦时;actual;2023;-;-;-;-",
                        "城乡居民生活用电;-0.8;%;actual;2023;-;increase;-;-"),
                text("communique: space-aligned PDF rows with an indented 其中 row", "2024-03-20", """
                        表7 2023年农业主要产品产量
                        产品名称          单位        产量          比上年增长%
                        粮食              万吨        612.3         1.2
                          其中：稻谷      万吨        480.6         0.9
                        油料              万吨        45.1          3.3
                        """,
                        "粮食产量;612.3;万吨;actual;2023;-;-;-;-",
                        "粮食产量;1.2;%;actual;2023;-;increase;-;-",
                        "稻谷产量;480.6;万吨;actual;2023;-;-;-;-",
                        "稻谷产量;0.9;%;actual;2023;-;increase;-;-",
                        "油料产量;45.1;万吨;actual;2023;-;-;-;-",
                        "油料产量;3.3;%;actual;2023;-;increase;-;-"),
                text("communique: districts as rows, a rank column that holds no values", "2024-03-20", """
                        表8 2023年各区县地区生产总值
                        地区 | 地区生产总值（亿元） | 增长（%） | 增速位次
                        章贡区 | 652.4 | 5.9 | 1
                        南康区 | 421.7 | 4.6 | 2
                        """,
                        "章贡区地区生产总值;652.4;亿元;actual;2023;-;-;-;章贡区",
                        "章贡区地区生产总值;5.9;%;actual;2023;-;increase;-;章贡区",
                        "南康区地区生产总值;421.7;亿元;actual;2023;-;-;-;南康区",
                        "南康区地区生产总值;4.6;%;actual;2023;-;increase;-;南康区"),
                docx("communique: docx table, the unit merged down rows", "2024-03-20",
                        p("表9 2023年交通运输主要指标") + tbl(
                                tr(tc("指标"), tc("单位"), tc("2023年"), tc("比上年增长（%）")),
                                tr(tc("旅客运输量"), mergeStart("万人次"), tc("3,210"), tc("42.6")),
                                tr(tc("铁路旅客运输量"), merged(), tc("1,150"), tc("68.3")),
                                tr(tc("货物运输量"), tc("万吨"), tc("25,400"), tc("6.7"))),
                        "旅客运输量;3210;万人次;actual;2023;-;-;-;-",
                        "旅客运输量;42.6;%;actual;2023;-;increase;-;-",
                        "铁路旅客运输量;1150;万人次;actual;2023;-;-;-;-",
                        "铁路旅客运输量;68.3;%;actual;2023;-;increase;-;-",
                        "货物运输量;25400;万吨;actual;2023;-;-;-;-",
                        "货物运输量;6.7;%;actual;2023;-;increase;-;-"),
                // ---- government work report annexes
                text("report annex: 2024年完成 | 2025年目标, units in the name cells", "2025-01-20", """
                        附件：2025年经济社会发展主要预期目标
                        指标 | 2024年完成 | 2025年目标
                        地区生产总值增长（%） | 5.2 | 5.5左右
                        城镇新增就业（万人） | 6.3 | 6
                        粮食产量（万吨） | 305.6 | 300以上
                        """,
                        "地区生产总值增长;5.2;%;actual;2024;-;increase;-;-",
                        "地区生产总值增长;5.5;%;target;2025;~;increase;-;-",
                        "城镇新增就业;6.3;万人;actual;2024;-;-;-;-",
                        "城镇新增就业;6;万人;target;2025;-;-;-;-",
                        "粮食产量;305.6;万吨;actual;2024;-;-;-;-",
                        "粮食产量;300;万吨;target;2025;>=;-;-;-"),
                text("report annex: last year's target beside what was done, a text column", "2025-01-20", """
                        2024年主要目标完成情况
                        指标 | 单位 | 2024年目标 | 2024年完成 | 完成情况
                        一般公共预算收入增长 | % | 5 | 3.1 | 未完成
                        固定资产投资增长 | % | 8 | 8.4 | 完成
                        """,
                        "一般公共预算收入增长;5;%;target;2024;-;increase;-;-",
                        "一般公共预算收入增长;3.1;%;actual;2024;-;increase;-;-",
                        "固定资产投资增长;8;%;target;2024;-;increase;-;-",
                        "固定资产投资增长;8.4;%;actual;2024;-;increase;-;-"),
                text("report annex: a target cell in words and a cell holding its unit", "2025-01-20", """
                        2025年主要预期目标
                        指标 | 2024年 | 2025年目标
                        城乡居民人均可支配收入增长 | 5.8% | 与经济增长同步
                        城镇调查失业率 | 5.1% | 5.5%以内
                        """,
                        "城乡居民人均可支配收入增长;5.8;%;actual;2024;-;increase;-;-",
                        "城镇调查失业率;5.1;%;actual;2024;-;-;-;-",
                        "城镇调查失业率;5.5;%;target;2025;<=;-;-;-"),
                text("annual plan: 2023年实际 | 2024年预计 | 2025年计划", "2025-01-10", """
                        表1 国民经济和社会发展主要指标
                        指标 | 计量单位 | 2023年实际 | 2024年预计 | 2025年计划
                        规模以上工业增加值增长 | % | 6.1 | 6.5 | 6左右
                        进出口总额 | 亿元 | 412 | 430 | 450
                        """,
                        "规模以上工业增加值增长;6.1;%;actual;2023;-;increase;-;-",
                        "规模以上工业增加值增长;6.5;%;actual;2024;-;increase;-;-",
                        "规模以上工业增加值增长;6;%;target;2025;~;increase;-;-",
                        "进出口总额;412;亿元;actual;2023;-;-;-;-",
                        "进出口总额;430;亿元;actual;2024;-;-;-;-",
                        "进出口总额;450;亿元;target;2025;-;-;-;-"),
                // ---- 专栏 boxes
                text("html 专栏 box: project names whose numerals are part of the name", "2021-03-01", """
                        <html><body><table border="1">
                        <tr><td>专栏6 重大产业项目</td></tr>
                        <tr><td>1. 年产30万吨乙二醇项目</td></tr>
                        <tr><td>2. 2×66万千瓦超超临界燃煤发电项目</td></tr>
                        <tr><td>3. 年产5000吨碳纤维及复合材料项目</td></tr>
                        </table></body></html>
                        """),
                text("专栏 box as a table: project, place, content with no figure", "2021-03-01", """
                        专栏3 重点水利工程
                        序号 | 项目名称 | 建设地点 | 主要建设内容
                        1 | 峡江水利枢纽二期 | 峡江县 | 新建泵站及配套渠系
                        2 | 城区防洪堤加固 | 吉州区 | 加固堤防
                        """),
                // ---- transposed tables
                text("transposed: years as rows, indicators as columns", "2024-03-01", """
                        表2 2021—2023年全市经济发展情况
                        年份 | 地区生产总值（亿元） | 增长（%） | 人均地区生产总值（元）
                        2021年 | 1520.3 | 8.1 | 52300
                        2022年 | 1601.8 | 4.2 | 55100
                        2023年 | 1688.5 | 5.0 | 58000
                        """,
                        "地区生产总值;1520.3;亿元;actual;2021;-;-;-;-",
                        "地区生产总值;8.1;%;actual;2021;-;increase;-;-",
                        "人均地区生产总值;52300;元;actual;2021;-;-;-;-",
                        "地区生产总值;1601.8;亿元;actual;2022;-;-;-;-",
                        "地区生产总值;4.2;%;actual;2022;-;increase;-;-",
                        "人均地区生产总值;55100;元;actual;2022;-;-;-;-",
                        "地区生产总值;1688.5;亿元;actual;2023;-;-;-;-",
                        "地区生产总值;5;%;actual;2023;-;increase;-;-",
                        "人均地区生产总值;58000;元;actual;2023;-;-;-;-"),
                text("transposed: a base row and a target row, qualifiers in cells", "2021-03-01", """
                        生态环境主要指标
                        | 森林覆盖率（%） | 城市污水处理率（%） | 空气质量优良天数比率（%）
                        2020年现状 | 58.2 | 92 | 88.5
                        2025年目标 | 60 | ≥95 | ≥90
                        """,
                        "森林覆盖率;58.2;%;actual;2020;-;-;-;-",
                        "森林覆盖率;60;%;target;2025;-;-;-;-",
                        "城市污水处理率;92;%;actual;2020;-;-;-;-",
                        "城市污水处理率;95;%;target;2025;>=;-;-;-",
                        "空气质量优良天数比率;88.5;%;actual;2020;-;-;-;-",
                        "空气质量优良天数比率;90;%;target;2025;>=;-;-;-"),
                text("transposed html: years down the side in th cells", "2024-03-01", """
                        <html><body><table>
                        <tr><th>年份</th><th>常住人口（万人）</th><th>城镇化率（%）</th></tr>
                        <tr><th>2022年</th><td>455.3</td><td>63.2</td></tr>
                        <tr><th>2023年</th><td>456.1</td><td>64.0</td></tr>
                        </table></body></html>
                        """,
                        "常住人口;455.3;万人;actual;2022;-;-;-;-",
                        "城镇化率;63.2;%;actual;2022;-;-;-;-",
                        "常住人口;456.1;万人;actual;2023;-;-;-;-",
                        "城镇化率;64;%;actual;2023;-;-;-;-"),
                // ---- headers printed over two PDF lines
                text("pdf text: the year and its role word on two header lines", "2021-03-01", """
                        表1 主要指标
                                                         2020年      2025年
                        指标名称              单位       基期值      目标值      属性
                        地区生产总值          亿元       1830        2600        预期性
                        常住人口城镇化率      %          56.8        62          预期性
                        """,
                        "地区生产总值;1830;亿元;actual;2020;-;-;a;-",
                        "地区生产总值;2600;亿元;target;2025;-;-;a;-",
                        "常住人口城镇化率;56.8;%;actual;2020;-;-;a;-",
                        "常住人口城镇化率;62;%;target;2025;-;-;a;-"),
                text("pdf text: a growth header wrapped onto a second line", "2024-03-20", """
                        表3 2023年规模以上工业主要指标
                        指标                  单位       2023年      比上年
                                                                     增长（%）
                        工业增加值            亿元       420.5       6.2
                        营业收入              亿元       1680.2      3.1
                        """,
                        "工业增加值;420.5;亿元;actual;2023;-;-;-;-",
                        "工业增加值;6.2;%;actual;2023;-;increase;-;-",
                        "营业收入;1680.2;亿元;actual;2023;-;-;-;-",
                        "营业收入;3.1;%;actual;2023;-;increase;-;-"),
                // ---- a column per city
                text("a column per city, a unit column", "2024-03-01", """
                        表4 2023年赣南三市主要指标
                        指标 | 单位 | 赣州市 | 吉安市 | 抚州市
                        地区生产总值 | 亿元 | 4606.2 | 2750.1 | 2035.4
                        常住人口 | 万人 | 897.5 | 438.3 | 358.9
                        """,
                        "赣州市地区生产总值;4606.2;亿元;actual;2023;-;-;-;赣州市",
                        "吉安市地区生产总值;2750.1;亿元;actual;2023;-;-;-;吉安市",
                        "抚州市地区生产总值;2035.4;亿元;actual;2023;-;-;-;抚州市",
                        "赣州市常住人口;897.5;万人;actual;2023;-;-;-;赣州市",
                        "吉安市常住人口;438.3;万人;actual;2023;-;-;-;吉安市",
                        "抚州市常住人口;358.9;万人;actual;2023;-;-;-;抚州市"),
                text("html a column per city in th cells, the unit in the name cells", "2024-03-01", """
                        <html><body><p>2023年沿江城市主要指标对比</p><table>
                        <tr><th>指标</th><th>九江市</th><th>宜昌市</th></tr>
                        <tr><td>规模以上工业增加值增长（%）</td><td>6.1</td><td>8.4</td></tr>
                        <tr><td>一般公共预算收入（亿元）</td><td>305.2</td><td>180.6</td></tr>
                        </table></body></html>
                        """,
                        "九江市规模以上工业增加值增长;6.1;%;actual;2023;-;increase;-;九江市",
                        "宜昌市规模以上工业增加值增长;8.4;%;actual;2023;-;increase;-;宜昌市",
                        "九江市一般公共预算收入;305.2;亿元;actual;2023;-;-;-;九江市",
                        "宜昌市一般公共预算收入;180.6;亿元;actual;2023;-;-;-;宜昌市"),
                text("regions as rows: a region follows each city row", "2024-03-01", """
                        表5 2023年各设区市常住人口（万人）
                        设区市 | 2023年
                        南昌市 | 656.8
                        九江市 | 455.7
                        """,
                        "南昌市常住人口;656.8;万人;actual;2023;-;-;-;南昌市",
                        "九江市常住人口;455.7;万人;actual;2023;-;-;-;九江市"),
                // ---- cells: blanks, dashes, slashes, full-width digits, units inside cells
                text("cells: full-width digits, units in cells, a slash cell, thousands separators", "2021-03-01", """
                        指标 | 2020年 | 2025年
                        农村自来水普及率 | ８８．５％ | ９５％以上
                        城镇新增就业 | １２．５万人 | ／
                        高速公路通车里程 | 1,280公里 | 1,500公里
                        """,
                        "农村自来水普及率;88.5;%;actual;2020;-;-;-;-",
                        "农村自来水普及率;95;%;target;2025;>=;-;-;-",
                        "城镇新增就业;12.5;万人;actual;2020;-;-;-;-",
                        "高速公路通车里程;1280;公里;actual;2020;-;-;-;-",
                        "高速公路通车里程;1500;公里;target;2025;-;-;-;-"),
                text("cells: blank, dash and slash cells in every column", "2021-03-01", """
                        指标 | 单位 | 2020年 | 2025年 | 属性
                        数字经济核心产业增加值占比 | % | / | 10 | 预期性
                        每千人口拥有3岁以下婴幼儿托位数 | 个 |  | 4.5 | 预期性
                        单位地区生产总值二氧化碳排放降低 | % | — | — | 约束性
                        """,
                        "数字经济核心产业增加值占比;10;%;target;2025;-;-;a;-",
                        "每千人口拥有3岁以下婴幼儿托位数;4.5;个;target;2025;-;-;a;-"),
                text("cells: markdown with full-width brackets and an 万 unit header", "2024-03-20", """
                        表6 2023年城乡居民收支情况
                        | 指标 | 绝对数（元） | 比上年增长（％） |
                        |---|---|---|
                        | 全体居民人均可支配收入 | ３２，５６０ | ５．８ |
                        | 城镇居民人均可支配收入 | ４３，１２０ | ４．９ |
                        """,
                        "全体居民人均可支配收入;32560;元;actual;2023;-;-;-;-",
                        "全体居民人均可支配收入;5.8;%;actual;2023;-;increase;-;-",
                        "城镇居民人均可支配收入;43120;元;actual;2023;-;-;-;-",
                        "城镇居民人均可支配收入;4.9;%;actual;2023;-;increase;-;-"),
                // ---- HTML: th rows in the body, nested layout tables
                text("html th header repeated in the body where a page broke the table", "2024-03-20", """
                        <html><body><p>表7 2023年畜牧业生产情况</p><table><tbody>
                        <tr><th>指标</th><th>单位</th><th>2023年</th><th>比上年增长（%）</th></tr>
                        <tr><td>猪牛羊禽肉产量</td><td>万吨</td><td>96.3</td><td>2.4</td></tr>
                        <tr><th>指标</th><th>单位</th><th>2023年</th><th>比上年增长（%）</th></tr>
                        <tr><td>生猪出栏</td><td>万头</td><td>1,130</td><td>-3.5</td></tr>
                        </tbody></table></body></html>
                        """,
                        "猪牛羊禽肉产量;96.3;万吨;actual;2023;-;-;-;-",
                        "猪牛羊禽肉产量;2.4;%;actual;2023;-;increase;-;-",
                        "生猪出栏;1130;万头;actual;2023;-;-;-;-",
                        "生猪出栏;-3.5;%;actual;2023;-;increase;-;-"),
                text("html a data table nested in a page layout table with a navigation table", "2024-03-20", """
                        <html><body><table width="100%"><tr><td>
                        <table class="nav"><tr><td>首页</td><td>政务公开</td><td>统计数据</td></tr></table>
                        <p>表1 2023年全区主要经济指标</p>
                        <table border="1"><tr><td>指标</td><td>单位</td><td>2023年</td><td>增长（%）</td></tr>
                        <tr><td>地区生产总值</td><td>亿元</td><td>512.6</td><td>5.3</td></tr>
                        <tr><td>一般公共预算收入</td><td>亿元</td><td>38.9</td><td>4.0</td></tr></table>
                        </td></tr></table></body></html>
                        """,
                        "地区生产总值;512.6;亿元;actual;2023;-;-;-;-",
                        "地区生产总值;5.3;%;actual;2023;-;increase;-;-",
                        "一般公共预算收入;38.9;亿元;actual;2023;-;-;-;-",
                        "一般公共预算收入;4;%;actual;2023;-;increase;-;-"),
                text("html category rows in th, a caption holding the unit for the whole table", "2024-03-20", """
                        <html><body><table><caption>2023年全市固定资产投资（单位：亿元）</caption>
                        <tr><th>项目</th><th>投资额</th></tr>
                        <tr><th colspan="2">按产业分</th></tr>
                        <tr><td>第二产业投资</td><td>310.5</td></tr>
                        <tr><td>第三产业投资</td><td>620.8</td></tr>
                        </table></body></html>
                        """,
                        "第二产业投资;310.5;亿元;actual;2023;-;-;-;-",
                        "第三产业投资;620.8;亿元;actual;2023;-;-;-;-"),
                docx("docx 纲要 main indicators: category merged down, attribute per row, a 年均增长 column", "2021-04-01",
                        p("表1 “十四五”时期交通运输发展主要指标") + tbl(
                                tr(tc("类别"), tc("指标"), tc("2020年"), tc("2025年"), tc("年均增长（%）"), tc("属性")),
                                tr(mergeStart("设施网络"), tc("铁路营业里程（公里）"), tc("4,980"), tc("5,600"), tc("2.4"), tc("预期性")),
                                tr(merged(), tc("高速公路里程（公里）"), tc("6,200"), tc("7,000"), tc("—"), tc("预期性")),
                                tr(span(6, "注：年均增长按可比口径计算。"))),
                        "铁路营业里程;4980;公里;actual;2020;-;-;a;-",
                        "铁路营业里程;5600;公里;target;2025;-;-;a;-",
                        "铁路营业里程;2.4;%;target;2025;-;increase;a;-",
                        "高速公路里程;6200;公里;actual;2020;-;-;a;-",
                        "高速公路里程;7000;公里;target;2025;-;-;a;-"),
                text("markdown communique: 总计 row, indented 其中 rows with full-width spaces", "2024-03-20", """
                        表8 2023年全市接待游客情况
                        | 指标 | 单位 | 2023年 | 比上年增长（%） |
                        | --- | --- | --- | --- |
                        | 接待游客总人次 | 万人次 | 9,850.2 | 28.6 |
                        | 　　其中：国内游客 | 万人次 | 9,801.5 | 28.1 |
                        | 旅游总收入 | 亿元 | 1,105.7 | 31.2 |
                        """,
                        "接待游客总人次;9850.2;万人次;actual;2023;-;-;-;-",
                        "接待游客总人次;28.6;%;actual;2023;-;increase;-;-",
                        "国内游客;9801.5;万人次;actual;2023;-;-;-;-",
                        "国内游客;28.1;%;actual;2023;-;increase;-;-",
                        "旅游总收入;1105.7;亿元;actual;2023;-;-;-;-",
                        "旅游总收入;31.2;%;actual;2023;-;increase;-;-"),
                text("a 1-11月 cumulative column in a monthly table", "2023-12-20", """
                        表1 2023年1-11月全市主要经济指标
                        指标 | 单位 | 1-11月 | 同比增长（%）
                        规模以上工业增加值 | 亿元 | 388.6 | 6.4
                        社会消费品零售总额 | 亿元 | 1020.3 | 5.9
                        """,
                        "规模以上工业增加值;388.6;亿元;actual;2023;-;-;-;-",
                        "规模以上工业增加值;6.4;%;actual;2023;-;increase;-;-",
                        "社会消费品零售总额;1020.3;亿元;actual;2023;-;-;-;-",
                        "社会消费品零售总额;5.9;%;actual;2023;-;increase;-;-"));
    }
}
