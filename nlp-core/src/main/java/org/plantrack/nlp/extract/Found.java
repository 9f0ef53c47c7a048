package org.plantrack.nlp.extract;

import java.math.BigDecimal;

/**
 * An extracted indicator with offsets in the cleaned text; the analyzer maps them to the original text.
 *
 * @param sentenceIndex index of the sentence it was found in, or -1 for table rows
 * @param attribute     {@link org.plantrack.nlp.Indicator#BINDING}, {@link org.plantrack.nlp.Indicator#ANTICIPATORY} or null
 */
public record Found(
        String metric,
        BigDecimal value,
        String unit,
        String kind,
        String qualifier,
        String change,
        BigDecimal baseline,
        Integer year,
        int sentenceIndex,
        int start,
        int end,
        double confidence,
        String attribute) {
}
