package org.plantrack.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.extract.IndicatorExtractor;
import org.junit.jupiter.api.Test;

class StandardDocumentAnalyzerTest {

    private static final Pattern STEP_ROW = Pattern.compile("^\\| (\\d+) \\| `(\\w+)` \\|", Pattern.MULTILINE);

    @Test
    void docsNameEveryStepInTheOrderItRuns() throws IOException {
        String nlpDoc = Files.readString(Path.of("../docs/nlp.md"));
        List<String> documented = new ArrayList<>();
        Matcher m = STEP_ROW.matcher(nlpDoc);
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).as("step number of " + m.group(2)).isEqualTo(documented.size() + 1);
            documented.add(m.group(2));
        }
        List<String> running = StandardDocumentAnalyzer.instance().steps().stream()
                .map(s -> s.getClass().getSimpleName()).toList();
        assertThat(documented).as("step table of docs/nlp.md, \"Pipeline\"").isEqualTo(running);
    }

    @Test
    void aDatedDocumentIsReadAsOfItsDatesYear() {
        AnalysisContext c = runThrough(ClassifyDocument.class, "全县2019年工作要点\n（2019年2月）\n"
                + "2017年，全县粮食产量达到10万吨。\n");
        assertThat(c.docYear).isEqualTo(2019);
    }

    @Test
    void anUndatedPlanIsReadAsOfItsFirstPlanYear() {
        AnalysisContext c = runThrough(ClassifyDocument.class, "全县国民经济和社会发展第十四个五年规划纲要\n"
                + "到2025年，全县粮食产量达到12万吨。\n");
        assertThat(c.docYear).isEqualTo(2021);
    }

    @Test
    void anUndatedReportIsReadAsOfTheYearAfterItsLatestFacts() {
        AnalysisContext c = runThrough(ClassifyDocument.class, "全县经济运行情况\n"
                + "2021年，全县粮食产量达到10万吨。2022年，全县粮食产量达到11万吨。\n");
        assertThat(c.docYear).isEqualTo(2023);
    }

    @Test
    void aTopSectionWithoutCueAfterAReviewLooksAhead() {
        // a title line first: a text's first line is its title, never a heading
        AnalysisContext c = runThrough(DetectTables.class, "全县政府工作报告\n一、工作回顾\n全县粮食产量达到10万吨。\n"
                + "二、农业农村\n全县粮食产量达到12万吨。\n");
        IndicatorExtractor.Context cues = SentenceCues.of(c);
        List<String> sentences = c.sentences.stream().map(s -> s.text()).toList();
        int review = sentences.indexOf("全县粮食产量达到10万吨。");
        int ahead = sentences.indexOf("全县粮食产量达到12万吨。");
        assertThat(cues.sectionKind()[review]).isEqualTo("actual");
        assertThat(cues.sectionKind()[ahead]).isEqualTo("target");
        assertThat(cues.headingStart()[sentences.indexOf("二、农业农村")]).isTrue();
        assertThat(cues.headingStart()[ahead]).isFalse();
    }

    /** The context after the steps up to and including {@code last}, as {@code analyze} would have left it. */
    private static AnalysisContext runThrough(Class<? extends AnalysisStep> last, String text) {
        AnalysisContext c = new AnalysisContext(text.getBytes(StandardCharsets.UTF_8), "t.txt", AnalysisHints.none());
        for (AnalysisStep step : StandardDocumentAnalyzer.instance().steps()) {
            step.apply(c);
            if (last.isInstance(step)) {
                return c;
            }
        }
        throw new AssertionError(last.getSimpleName() + " is not a step");
    }
}
