package org.plantrack.nlp;

import java.math.BigDecimal;

/**
 * One quantitative indicator, following ../shared/eval/GUIDELINES.md.
 *
 * @param start   offset of the value in the original (decoded or extracted) text; the gold set uses these
 * @param end     exclusive end offset in the original text
 * @param cleaned where the value and its sentence are in the cleaned text ({@link CleaningReport#cleanedText()})
 */
public record Indicator(
        String metric,
        BigDecimal value,
        String unit,
        String kind,
        String qualifier,
        String change,
        BigDecimal baseline,
        Integer year,
        String sentence,
        int start,
        int end,
        String domain,
        double confidence,
        CleanedSpan cleaned) {

    /**
     * Offsets in the cleaned text, end offsets exclusive: {@code cleanedText.substring(sentenceStart, sentenceEnd)}
     * is {@link #sentence()} and the value's mention lies inside it. Cleaning removes and converts characters, so
     * these differ from {@link #start()}/{@link #end()} and are what a reader of the cleaned text highlights.
     */
    public record CleanedSpan(int valueStart, int valueEnd, int sentenceStart, int sentenceEnd) {
    }
}
