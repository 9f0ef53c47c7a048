package org.plantrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Indicators locate their value and sentence in the cleaned text too, and sections are cleaned-text spans. */
class CleanedOffsetsTest {

    /** Traditional Chinese with scraped pinyin glosses: cleaning converts and removes, so offsets shift. */
    static final String TRADITIONAL = "江南市國民經濟和社會發展第十四個五年規劃綱要\n"
            + "一、發展(zhǎn)目標\n"
            + "當(dāng)前，全市經濟穩(wěn)中向好。到2025年，全市地區生產總值達到8000億元，年均增長6%左右。\n"
            + "二、生態環境\n"
            + "森林覆蓋(gài)率提高到42%以上，單位地區生產總值能耗下降13.5%。\n";

    @Test
    void cleanedSpansPointIntoTheCleanedTextWhereOriginalOffsetsDiffer() {
        DocumentAnalysis a = DocumentAnalyzer.standard().analyze(TRADITIONAL.getBytes(StandardCharsets.UTF_8),
                "plan.txt", AnalysisHints.none());
        String original = a.cleaning().originalText();
        String cleaned = a.cleaning().cleanedText();
        assertThat(a.cleaning().notes()).anySatisfy(n -> assertThat(n).contains("pinyin gloss"));
        assertThat(a.indicators()).extracting(i -> i.value().toPlainString()).contains("8000", "42");

        boolean shifted = false;
        for (Indicator i : a.indicators()) {
            Indicator.CleanedSpan c = i.cleaned();
            assertThat(c).as("cleaned span of %s", i).isNotNull();
            assertThat(cleaned.substring(c.sentenceStart(), c.sentenceEnd())).isEqualTo(i.sentence());
            assertThat(c.valueStart()).isBetween(c.sentenceStart(), c.valueEnd());
            assertThat(c.valueEnd()).isLessThanOrEqualTo(c.sentenceEnd());
            String number = i.value().stripTrailingZeros().toPlainString();
            assertThat(cleaned.substring(c.valueStart(), c.valueEnd())).contains(number);
            assertThat(original.substring(i.start(), i.end())).contains(number);
            shifted |= c.valueStart() != i.start();
        }
        assertThat(shifted).as("the glosses removed before the values shift cleaned offsets").isTrue();
        Indicator forest = a.indicators().stream().filter(i -> i.metric().contains("森林覆盖率")).findFirst().orElseThrow();
        assertThat(forest.sentence()).startsWith("森林覆盖率提高到42%以上");
    }

    @Test
    void sectionsAreSpansOfTheCleanedText() {
        DocumentAnalysis a = DocumentAnalyzer.standard().analyze(TRADITIONAL.getBytes(StandardCharsets.UTF_8),
                "plan.txt", AnalysisHints.none());
        String cleaned = a.cleaning().cleanedText();
        assertThat(a.classification().sections()).extracting(Classification.SectionDomain::heading)
                .contains("一、发展目标", "二、生态环境");
        for (Classification.SectionDomain s : a.classification().sections()) {
            assertThat(cleaned.substring(s.start(), s.end())).contains(s.heading());
        }
    }
}
