package org.plantrack.nlp.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfPagesTest {

    private static final String BODY = "到2025年，全市地区生产总值达到8000亿元，年均增长6%左右，城乡居民人均可支配收入增长与经济增长基本同步。";

    @Test
    void dropsRunningHeadersFootersAndPageNumbersButKeepsText() {
        List<String> pages = new ArrayList<>();
        String[] headings = {"一、发展目标", "二、主要任务", "三、保障措施", "四、组织实施"};
        String[] bodies = {BODY, "推动产业结构优化升级。", "加强组织领导和统筹协调。", "各部门要抓好落实。"};
        for (int p = 1; p <= 4; p++) {
            pages.add("江南市人民政府公报 2024年第" + p + "期\n" + headings[p - 1] + "\n" + bodies[p - 1] + "\n第 " + p
                    + " 页 / 共 4 页\n");
        }
        List<String> notes = new ArrayList<>();
        String text = PdfPages.clean(pages, notes);

        assertThat(text).doesNotContain("人民政府公报").doesNotContain("页");
        assertThat(text.split("\n")).containsExactly(headings[0], bodies[0], headings[1], bodies[1], headings[2],
                bodies[2], headings[3], bodies[3]);
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("4 running header/footer").contains("4 page number"));
    }

    @Test
    void aLineOnlyOnePageStartsWithIsNotFurniture() {
        List<String> pages = List.of("序言\n" + BODY + "\n", "第二部分\n" + BODY + "\n", "第三部分\n" + BODY + "\n");
        String text = PdfPages.clean(pages, new ArrayList<>());
        assertThat(text).contains("序言", "第二部分", "第三部分");
    }

    @Test
    void aSentenceRepeatedAtThePageEdgesIsText() {
        String sentence = "坚持稳中求进工作总基调。";
        String text = PdfPages.clean(List.of(sentence + "\n", sentence + "\n", sentence + "\n"), new ArrayList<>());
        assertThat(text.split("\n")).containsExactly(sentence, sentence, sentence);
    }

    @Test
    void joinsLinesWrappedByTheLayoutAndKeepsParagraphEnds() {
        String second = "森林覆盖率提高到42%以上，单位地区生产总值能耗下降13.5%，主要污染物排放总量持续减少。";
        List<String> lines = new ArrayList<>();
        lines.add("一、主要目标");
        lines.addAll(Fixtures.wrap(BODY, 20));
        lines.addAll(Fixtures.wrap(second, 20));
        List<String> notes = new ArrayList<>();
        String text = PdfPages.clean(List.of(String.join("\n", lines)), notes);

        assertThat(text).isEqualTo("一、主要目标\n" + BODY + "\n" + second);
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("joined").contains("wrapped"));
    }

    @Test
    void aHeadingAfterAFullLineStartsItsOwnLine() {
        String full = "全面推进乡村振兴战略实施农业农村现代化建设行动加快";
        String text = PdfPages.clean(List.of(full + "\n" + full + "\n" + full + "\n（二）建设现代化产业体系\n"),
                new ArrayList<>());
        assertThat(text).endsWith("\n（二）建设现代化产业体系");
    }

    /**
     * PDF pages and plain text rejoin wrapped lines by one rule (HardWrappedLines): a dash item after a full line
     * starts its own line in both, where the PDF's own copy of the rule used to glue it to the line before.
     */
    @Test
    void aDashItemAfterAFullLineStartsItsOwnLineAsInPlainText() {
        String lead = "今后五年要着力抓好以下几个方面，确保各项";
        String item = "——粮食产量稳定在120万吨以上。";
        List<String> lines = new ArrayList<>(Fixtures.wrap(BODY, 20));
        lines.add(lead);
        lines.add(item);
        String text = PdfPages.clean(List.of(String.join("\n", lines)), new ArrayList<>());
        assertThat(text.split("\n")).containsExactly(BODY, lead, item);
    }

    /** Two columns printed side by side come out as lines of spaced-apart fragments: PdfColumns needs them apart. */
    @Test
    void columnsSideBySideAreNotJoined() {
        String page = String.join("\n",
                "全市粮食总产量稳定在 城镇新增就业人数达到 森林覆盖率提高到百分",
                "一百二十万吨以上，高 三点五万人，城镇调查 之四十五，空气质量优",
                "标准农田面积持续扩大 失业率控制在五点五以 良天数比例保持在九成",
                "农业科技进步贡献率稳 内，就业结构不断优化 以上，水环境质量稳定");
        String text = PdfPages.clean(List.of(page), new ArrayList<>());
        assertThat(text.split("\n")).hasSize(4);
    }
}
