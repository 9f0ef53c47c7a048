package org.plantrack.nlp.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.Indicator;
import org.junit.jupiter.api.Test;

/** HTML tables as Word exports them, written for these tests. */
class HtmlTableTest {

    static final String WORD_TABLE = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            + "<style>p.MsoNormal{margin:0cm;font-size:10.5pt;mso-font-kerning:1.0pt}</style></head><body>"
            + "<p class=MsoNormal>表1 “十四五”主要指标<o:p></o:p></p>"
            + "<table class=MsoTableGrid style='width:415.3pt'>"
            + "<tr><td rowspan=2><p>指标</p></td><td rowspan=2>单位</td><td colspan=2><p>2025年</p></td>"
            + "<td rowspan=2>属性</td></tr>"
            + "<tr><td>目标值</td><td>年均增长<span lang=EN-US>(%)</span></td></tr>"
            + "<tr><td><p class=MsoNormal><span style='font-size:9.0pt'>粮食产量<o:p></o:p></span></p></td>"
            + "<td>万吨</td><td><span>1</span><span>20</span></td><td>&gt;2</td><td>约束性</td></tr>"
            + "</table><p>全年完成投资3</span><span>万</span>亿元&nbsp;。</p></body></html>";

    @Test
    void wordExportedTableWithSpansIsRead() {
        DocumentAnalysis a = TableReaderTest.analyze(WORD_TABLE, "2021-04-01", "w.html");
        List<Indicator> table = a.indicators().stream().filter(i -> i.sentence().contains(" | ")).toList();
        assertThat(table).hasSize(2);
        Indicator level = table.get(0);
        assertThat(level.metric()).isEqualTo("粮食产量");
        assertThat(level.value()).isEqualByComparingTo("120");
        assertThat(level.unit()).isEqualTo("万吨");
        assertThat(level.kind()).isEqualTo("target");
        assertThat(level.year()).isEqualTo(2025);
        assertThat(level.attribute()).isEqualTo(Indicator.BINDING);
        Indicator growth = table.get(1);
        assertThat(growth.unit()).isEqualTo("%");
        assertThat(growth.change()).isEqualTo("increase");
        assertThat(growth.qualifier()).isEqualTo(">=");
        // Offsets still point into the HTML source.
        assertThat(WORD_TABLE.substring(level.start(), level.end())).contains("20");
    }

    @Test
    void markupDoesNotSplitNumbersOrLeakCss() {
        DocumentAnalysis a = TableReaderTest.analyze(WORD_TABLE, "2021-04-01", "w.html");
        String clean = a.cleaning().cleanedText();
        assertThat(clean).contains("全年完成投资3万亿元");
        assertThat(clean).doesNotContain("10.5pt").doesNotContain("415.3").doesNotContain("MsoNormal");
        assertThat(a.indicators()).extracting(Indicator::value).noneMatch(v -> v.doubleValue() == 10.5 || v.doubleValue() == 415.3);
        assertThat(a.indicators()).anyMatch(i -> i.value().doubleValue() == 3 && i.unit().equals("万亿元"));
    }

    @Test
    void hiddenAntiScrapingCharactersAreDropped() {
        String html = "<html><body><table><tr><td>指标</td><td>2024年</td></tr>"
                + "<tr><td>新增<span style=\"display: none\">x9</span>就业(万人)</td><td>1<font style=\"display:none\">7</font>2.5</td></tr>"
                + "</table></body></html>";
        List<Indicator> l = TableReaderTest.indicators(html, "2025-02-01");
        assertThat(l).hasSize(1);
        assertThat(l.get(0).metric()).isEqualTo("新增就业");
        assertThat(l.get(0).value()).isEqualByComparingTo("12.5");
    }

    @Test
    void htmlEscapedInsideJsonIsParsed() {
        String json = "{\"id\":20231108,\"content\":\"\\u003cp style=\\\"font-size:16px\\\"\\u003e全市粮食产量达到"
                + "\\u003cspan\\u003e52\\u003c/span\\u003e万吨。\\u003c/p\\u003e\\u003cp\\u003e其余\\u003c/p\\u003e\"}";
        DocumentAnalysis a = TableReaderTest.analyze(json, "2024-01-01", "page.json");
        assertThat(a.cleaning().cleanedText()).contains("全市粮食产量达到52万吨。").doesNotContain("16px");
        assertThat(a.indicators()).extracting(Indicator::value).noneMatch(v -> v.doubleValue() == 16);
        Indicator i = a.indicators().stream().filter(x -> x.value().doubleValue() == 52).findFirst().orElseThrow();
        assertThat(json.substring(i.start(), i.end())).startsWith("52");
    }

    /** A category cell spanning three rows on the left and a 属性 cell spanning two rows on the right. */
    static final String ROW_SPANS = "<html><body><p>表2 主要指标（单位：亿元）</p><table border=1>"
            + "<tr><th>类别</th><th>指标</th><th>2020年</th><th>2025年</th><th>属性</th></tr>"
            + "<tr><td rowspan=3>经济</td><td>地区生产总值</td><td>300</td><td>450</td><td rowspan=2><p>预期性<o:p></o:p></p></td></tr>"
            + "<tr><td>一般公共预算收入</td><td>30</td><td>45</td></tr>"
            + "<tr><td>固定资产投资①</td><td>150</td><td>200</td><td>约束性</td></tr>"
            + "</table></body></html>";

    @Test
    void cellsSpanningRowsAreRepeatedInEveryRowTheyCover() {
        DocumentAnalysis a = TableReaderTest.analyze(ROW_SPANS, "2021-04-01", "s.html");
        String clean = a.cleaning().cleanedText();
        assertThat(clean).contains("经济 | 地区生产总值 | 300 | 450 | 预期性\n"
                + "经济 | 一般公共预算收入 | 30 | 45 | 预期性\n"
                + "经济 | 固定资产投资① | 150 | 200 | 约束性");
        List<Indicator> l = a.indicators();
        assertThat(l).extracting(Indicator::metric).containsExactly("地区生产总值", "地区生产总值", "一般公共预算收入",
                "一般公共预算收入", "固定资产投资", "固定资产投资");
        assertThat(l).extracting(Indicator::attribute).containsExactly(Indicator.ANTICIPATORY, Indicator.ANTICIPATORY,
                Indicator.ANTICIPATORY, Indicator.ANTICIPATORY, Indicator.BINDING, Indicator.BINDING);
        Indicator income = l.get(3);
        assertThat(income.value()).isEqualByComparingTo("45");
        assertThat(income.unit()).isEqualTo("亿元");
        assertThat(income.kind()).isEqualTo("target");
        assertThat(income.year()).isEqualTo(2025);
        assertThat(ROW_SPANS.substring(income.start(), income.end())).isEqualTo("45");
        // A repeated cell points at the cell it repeats in the source.
        org.plantrack.nlp.text.MappedText t = org.plantrack.nlp.clean.HtmlToText.convert(
                org.plantrack.nlp.text.MappedText.identity(ROW_SPANS));
        int repeated = t.text().lastIndexOf("经济");
        assertThat(t.text().substring(repeated)).startsWith("经济 | 固定资产投资");
        assertThat(t.originOf(repeated)).isEqualTo(ROW_SPANS.indexOf("经济"));
        assertThat(ROW_SPANS.substring(t.originOf(t.text().lastIndexOf("预期性")))).startsWith("预期性<o:p>");
    }

    @Test
    void aYearUnderASpanningTargetHeaderIsTheBaseUnlessItsOwnCellSaysOtherwise() {
        String html = "<html><body><p>某市“十四五”规划纲要</p><p>全市主要指标如下表，金额单位为亿元。</p><table>"
                + "<tr><td rowspan=2>指标</td><td colspan=2>目标值</td><td colspan=2>规划值</td><td rowspan=2>属性</td></tr>"
                + "<tr><td>2020年</td><td>2025年</td><td>2020年基期值</td><td>2025年目标值</td></tr>"
                + "<tr><td>一般公共预算收入</td><td>35.2</td><td>50</td><td>35.2</td><td>50</td><td>预期性</td></tr>"
                + "</table></body></html>";
        List<Indicator> l = TableReaderTest.analyze(html, null, "p.html").indicators();
        assertThat(l).hasSize(4);
        // The plan period dates the undated text 2021: 2020 is the base year in both groups.
        assertThat(l).extracting(Indicator::kind).containsExactly("actual", "target", "actual", "target");
        assertThat(l).extracting(Indicator::year).containsExactly(2020, 2025, 2020, 2025);
        // The unit comes from the sentence before the table.
        assertThat(l).extracting(Indicator::unit).containsOnly("亿元");
    }

    @Test
    void bracketedCellsAreCumulativeChangesInTheDirectionTheRowNames() {
        String html = "<html><body><p>单位：%</p><table>"
                + "<tr><td>指标</td><td>2025年</td><td>属性</td></tr>"
                + "<tr><td>单位地区生产总值能源消耗降低*</td><td>〔13.5〕</td><td>约束性</td></tr>"
                + "<tr><td>研发经费投入增长</td><td>[40]</td><td>预期性</td></tr>"
                + "<tr><td>森林覆盖率</td><td>(45)</td><td>约束性</td></tr>"
                + "</table></body></html>";
        List<Indicator> l = TableReaderTest.analyze(html, "2021-03-01", "c.html").indicators();
        assertThat(l).extracting(Indicator::metric).containsExactly("单位地区生产总值能源消耗降低", "研发经费投入增长", "森林覆盖率");
        assertThat(l).extracting(Indicator::change).containsExactly("decrease", "increase", null);
    }

    @Test
    void aSingleKindOfEscapedTagStillJoinsTheNumberToItsUnit() {
        // Once unescaped the page holds only <span>s: not enough to be read as HTML, so the tags are removed.
        String feed = "某县2024年统计公报\n全县粮食产量达到52&lt;span&gt;万&lt;/span&gt;吨，比上年增长3.1&lt;span&gt;%&lt;/span&gt;。\n";
        DocumentAnalysis a = TableReaderTest.analyze(feed, "2025-03-01", "feed.txt");
        assertThat(a.cleaning().cleanedText()).contains("全县粮食产量达到52万吨，比上年增长3.1%。");
        Indicator grain = a.indicators().stream().filter(i -> i.unit().equals("万吨")).findFirst().orElseThrow();
        assertThat(grain.value()).isEqualByComparingTo("52");
        assertThat(feed.substring(grain.start(), grain.end())).startsWith("52");
        assertThat(a.indicators()).anyMatch(i -> i.unit().equals("%") && i.value().doubleValue() == 3.1);
    }

    @Test
    void captionUnitAndFootnoteMarksAfterValues() {
        String html = "<html><body><p>表3 主要经济指标（亿元）</p><table>"
                + "<tr><td>指标</td><td>2020年</td><td>2025年</td></tr>"
                + "<tr><td>地区生产总值</td><td>300①</td><td>450*</td></tr>"
                + "<tr><td>进出口总额</td><td>12.5</td><td>≥20 ※</td></tr>"
                + "</table><p>注：①按当年价格计算。</p></body></html>";
        List<Indicator> l = TableReaderTest.analyze(html, "2021-03-01", "f.html").indicators();
        assertThat(l).extracting(Indicator::value).extracting(Number::doubleValue).containsExactly(300.0, 450.0, 12.5, 20.0);
        assertThat(l).extracting(Indicator::unit).containsOnly("亿元");
        assertThat(l.get(3).qualifier()).isEqualTo(">=");
        // A bracket that is no unit (试行) gives none: the values stay unread rather than get a wrong unit.
        String other = html.replace("（亿元）", "（试行）");
        assertThat(TableReaderTest.analyze(other, "2021-03-01", "f.html").indicators()).isEmpty();
    }
}
