package org.plantrack.nlp;

import java.math.BigDecimal;

/**
 * One quantitative indicator, following ../shared/eval/GUIDELINES.md.
 *
 * @param start   offset of the value in the original (decoded or extracted) text; the gold set uses these
 * @param end     exclusive end offset in the original text
 * @param cleaned where the value and its sentence are in the cleaned text ({@link CleaningReport#cleanedText()})
 * @param attribute {@link #BINDING} (约束性), {@link #ANTICIPATORY} (预期性) or null where the document does not say
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
        CleanedSpan cleaned,
        String attribute) {

    /** 约束性: a binding target a plan's main-indicator table marks as obligatory. */
    public static final String BINDING = "binding";
    /** 预期性: an anticipatory (expected, guiding) target. */
    public static final String ANTICIPATORY = "anticipatory";

    /**
     * Offsets in the cleaned text, end offsets exclusive: {@code cleanedText.substring(sentenceStart, sentenceEnd)}
     * is {@link #sentence()} and the value's mention lies inside it. Cleaning removes and converts characters, so
     * these differ from {@link #start()}/{@link #end()} and are what a reader of the cleaned text highlights.
     */
    public record CleanedSpan(int valueStart, int valueEnd, int sentenceStart, int sentenceEnd) {
    }
}
