package org.plantrack.nlp;

import java.math.BigDecimal;

/**
 * One quantitative indicator, following ../shared/eval/GUIDELINES.md.
 *
 * @param start offset of the value in the original (decoded) text
 * @param end   exclusive end offset in the original text
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
        double confidence) {
}
