package org.plantrack.nlp.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The harness's noise does what its name says and nothing else: the text under it stays the same text. */
class NoiseTransformsTest {

    private static final String TEXT = "临江市2025年政府工作报告\n全年实现地区生产总值1286.5亿元，比上年增长5.8%；一般公共预算收入达到96.3亿元，"
            + "增长4.1%，城镇居民人均可支配收入达到48620元。\n指标 | 2025年 | 2030年\n地区生产总值(亿元) | 1286.5 | 1800\n";

    private static String apply(String name, String fileName, String text) {
        SourceDocument d = new SourceDocument(fileName, text.getBytes(StandardCharsets.UTF_8), text);
        NoiseTransform t = NoiseTransforms.all().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return new String(t.applyTo(d), StandardCharsets.UTF_8);
    }

    @Test
    void hardWrapBreaksProseAtTheWidthButNeverTableRows() {
        String wrapped = HardWrap.wrap(TEXT, 40);
        assertThat(wrapped.replace("\n", "")).isEqualTo(TEXT.replace("\n", ""));
        for (String line : wrapped.split("\n")) {
            if (line.indexOf('|') < 0) {
                assertThat(line.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum()).isLessThanOrEqualTo(42);
                assertThat(line).doesNotStartWith("，").doesNotStartWith("。");
            }
        }
        assertThat(wrapped).contains("\n地区生产总值(亿元) | 1286.5 | 1800\n");
    }

    @Test
    void glossesFollowHanCharactersAndLeaveMarkupAlone() {
        String glossed = PinyinGlosses.insert(TEXT);
        assertThat(glossed).containsPattern("\\p{IsHan}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]");
        assertThat(glossed.replaceAll("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]", "")).isEqualTo(TEXT);
        String html = "<p class=\"x1\">全年实现地区生产总值1286.5亿元，比上年增长5.8%</p>";
        assertThat(apply("full-width", "a.html", html)).startsWith("<p class=\"x1\">").contains("１２８６．５亿元")
                .endsWith("</p>");
    }

    @Test
    void aNewsPageHoldsEveryLineAndTheTableAsATable() {
        String page = HtmlPage.wrap(TEXT);
        assertThat(page).contains("<h1>临江市2025年政府工作报告</h1>", "<p>全年实现地区生产总值1286.5亿元，",
                "<tr><td>地区生产总值(亿元)</td><td>1286.5</td><td>1800</td></tr>", "ICP备");
    }

    @Test
    void adLinesGoBetweenParagraphsNeverIntoATable() {
        String text = "标题\n第一段。\n第二段。\n第三段。\n第四段。\n指标 | 2025年\n产值 | 5\n第五段。\n";
        String noisy = AdLines.insert(text);
        assertThat(noisy).contains("第二段。\n" + AdLines.LINES.get(0) + "\n第三段。");
        assertThat(noisy).contains("指标 | 2025年\n产值 | 5\n");
        assertThat(noisy.lines().filter(AdLines.LINES::contains).count()).isEqualTo(1);
    }

    @Test
    void ocrDigitNoiseChangesOneKindPerNumberInTurn() {
        String noisy = OcrDigitNoise.apply("2025年收入48620元，增长5.8%，新建20所，达到1286亿元，新增3万人。");
        // 2025: a 0 as O; 48620: grouped; 5.8: comma; 20: 〇; 1286 (no 0): a 1 as l; 3: too short to group.
        assertThat(noisy).isEqualTo("2O25年收入48 620元，增长5,8%，新建2〇所，达到l286亿元，新增3万人。");
    }

    @Test
    void scrapedCharactersAreInvisibleOrEntitiesAndRemoveCleanly() {
        String invisible = apply("invisible-chars", "a.txt", TEXT);
        assertThat(invisible).contains("\u00AD", "\u200B");
        assertThat(invisible.replace("\u00AD", "").replace("\u200B", "")).isEqualTo(TEXT);
        String entities = ScrapedCharacters.entities("标题\n围绕“十五五”规划、农业&工业——发展。\n指标 | 2025年、2030年\n");
        assertThat(entities).isEqualTo("&nbsp;&nbsp;标题\n&nbsp;&nbsp;围绕&ldquo;十五五&rdquo;规划&#12289;农业&amp;工业"
                + "&mdash;&mdash;发展。\n指标 | 2025年、2030年\n");
    }

    @Test
    void taiwanAndHongKongStandardsAreTraditionalScript() {
        assertThat(apply("traditional-tw", "a.txt", "推进软件和信息技术服务业发展")).isEqualTo("推進軟體和資訊科技服務業發展");
        assertThat(apply("traditional-hk", "a.txt", "地区生产总值")).isEqualTo("地區生產總值");
    }
}
