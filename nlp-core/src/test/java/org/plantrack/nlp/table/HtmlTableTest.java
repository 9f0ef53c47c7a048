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
}
