package org.plantrack.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plantrack.nlp.text.MappedText;

class HardWrappedLinesTest {

    private static final String TITLE = "临江市二〇二五年国民经济和社会发展计划执行情况";
    private static final String REVIEW = "过去一年，全市上下坚持稳中求进工作总基调，经济运行总体平稳。全年实现地区生产总值1286.5亿元，"
            + "比上年增长5.8%；一般公共预算收入达到96.3亿元，增长4.1%。城镇居民人均可支配收入达到48620元，农村居民人均"
            + "可支配收入达到23150元，分别增长5.2%和6.9%。全年新增城镇就业2.4万人，城镇调查失业率控制在5.5%以内。";
    private static final String HEADING = "一、主要预期目标";
    private static final String TARGETS = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%，社会消费品"
            + "零售总额增长7%，居民人均可支配收入增长与经济增长基本同步，单位地区生产总值能耗下降3%。";
    private static final String PLAIN = String.join("\n", TITLE, REVIEW, HEADING, TARGETS);

    /** Breaks each line every {@code width} characters, as a fixed-width export does. */
    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            for (int i = 0; i < line.length(); i += width) {
                out.append(line, i, Math.min(line.length(), i + width)).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void rejoinsParagraphsWrappedAtAFixedWidthKeepingTitleAndHeadingLines() {
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText in = MappedText.identity(wrap(PLAIN, 32));
        MappedText out = HardWrappedLines.join(in, log);
        assertThat(out.text()).isEqualTo(PLAIN + "\n");
        assertThat(log.notes).anyMatch(n -> n.startsWith("joined ") && n.contains("hard-wrapped"));
        // Offsets still point into the wrapped original.
        int at = out.text().indexOf("1286.5");
        assertThat(in.text().substring(out.originOf(at), out.originOf(at) + 6)).isEqualTo("1286.5");
    }

    @Test
    void aGlossCutByTheWrapIsJoinedWithoutASpace() {
        // The gloss after 平 starts at the 29th character: the break after 32 falls between its n and g.
        String review = REVIEW.substring(0, 28) + "(píng)" + REVIEW.substring(28);
        assertThat(review.substring(0, 32)).endsWith("(pín");
        String glossed = TITLE + "\n" + review + "\n" + TARGETS;
        String wrapped = wrap(glossed, 32);
        MappedText out = HardWrappedLines.join(MappedText.identity(wrapped), new TextCleaner.Log());
        assertThat(out.text()).isEqualTo(glossed + "\n");
    }

    @Test
    void leavesTextWhoseLinesAreParagraphsAlone() {
        String paragraphs = String.join("\n", TITLE, REVIEW, HEADING, TARGETS, REVIEW.substring(0, 60) + "。",
                TARGETS.substring(0, 45) + "。", "二、工作安排", REVIEW.substring(30, 100) + "。");
        MappedText in = MappedText.identity(paragraphs);
        assertThat(HardWrappedLines.join(in, new TextCleaner.Log())).isSameAs(in);
    }

    @Test
    void aListOfSimilarLinesWithoutCommasIsNoWrappedParagraph() {
        String projects = String.join("\n", "临江经济开发区新材料产业园基础设施建设项目", "临江市城区供水管网改造及水厂扩建工程建设项目",
                "临江市第一人民医院新院区综合楼及配套设施项目", "临江港区三期码头及物流园区配套道路工程项目",
                "临江市职业技术学院实训基地及学生公寓建设项目", "临江市生活垃圾焚烧发电厂二期扩建工程项目",
                "临江市老旧小区改造及城市更新示范片区建设项目");
        MappedText in = MappedText.identity(projects);
        assertThat(HardWrappedLines.join(in, new TextCleaner.Log())).isSameAs(in);
    }

    /**
     * Three wrapped lines are too few to tell that a text of unknown origin wraps; text from laid-out pages (a PDF)
     * wraps by construction, so the same line rule joins them there.
     */
    @Test
    void laidOutPagesNeedNoEvidenceThatTheyWrap() {
        String paragraph = REVIEW.substring(0, 62) + "。";
        String wrapped = wrap(paragraph, 21).strip();
        assertThat(wrapped.split("\n")).hasSize(3);
        MappedText in = MappedText.identity(wrapped);
        assertThat(HardWrappedLines.join(in, new TextCleaner.Log())).isSameAs(in);

        java.util.List<String> notes = new java.util.ArrayList<>();
        assertThat(HardWrappedLines.joinLaidOut(wrapped, notes)).isEqualTo(paragraph);
        assertThat(notes).containsExactly("PDF: joined 2 line(s) wrapped by the page layout at 21 characters");
    }

    /** A title as wide as a full line by chance stays the title; so does the bracketed note under it. */
    @Test
    void aFullWidthTitleAndTheNoteUnderItAreNotJoinedToTheProse() {
        String title = "临江市二〇二五年国民经济和社会发展计划执行情况与二〇二六年计划草案";
        String note = "（2026年1月8日在临江市第十七届人民代表大会第五次会议上）";
        String text = title + "\n" + note + "\n" + wrap(REVIEW + "\n" + HEADING + "\n" + TARGETS, title.length());
        MappedText out = HardWrappedLines.join(MappedText.identity(text), new TextCleaner.Log());
        assertThat(out.text()).startsWith(title + "\n" + note + "\n" + REVIEW + "\n");

        // Cut in two by the wrap, a title is joined again: its second half has no clause punctuation either.
        String longTitle = title + "的审查报告";
        String cut = wrap(longTitle, title.length()) + wrap(REVIEW + "\n" + HEADING + "\n" + TARGETS, title.length());
        assertThat(HardWrappedLines.join(MappedText.identity(cut), new TextCleaner.Log()).text())
                .startsWith(longTitle + "\n" + REVIEW + "\n");
    }
}
