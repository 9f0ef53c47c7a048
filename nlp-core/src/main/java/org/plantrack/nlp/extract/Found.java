package org.plantrack.nlp.extract;

import java.math.BigDecimal;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.text.LostCharacters;
import org.plantrack.nlp.text.MappedText;

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

    /** The same value under another metric name: a name completed (by its section's industry) or shortened. */
    public Found withMetric(String newMetric) {
        return new Found(newMetric, value, unit, kind, qualifier, change, baseline, year, sentenceIndex, start, end,
                confidence, attribute);
    }

    /**
     * The indicator this value is: the one place a found value's fields are carried into an {@link Indicator}, so
     * a field added to both records is added here and nowhere else (sentences and table rows both come through
     * here; FoundToIndicatorTest checks every component of the same name arrives unchanged).
     *
     * @param context       the sentence or table row the value was read from, as the indicator's sentence
     * @param contextStart  where that context starts in the cleaned text
     * @param contextEnd    its exclusive end in the cleaned text
     * @param domain        the policy domain the caller decided (the metric's own, else its context's)
     * @param cleaned       the cleaned text with the original offset of each character: the indicator's
     *                      {@code start}/{@code end} point into the original text, its {@code cleaned} span here
     */
    public Indicator toIndicator(String context, int contextStart, int contextEnd, String domain,
                                 MappedText cleaned) {
        // No replacement sign in a name: the character it stands for is left out (text.LostCharacters).
        return new Indicator(LostCharacters.dropFrom(metric), value, unit, kind, qualifier, change, baseline, year, context,
                cleaned.originOf(start), cleaned.originEnd(end), domain, confidence,
                new Indicator.CleanedSpan(start, end, contextStart, contextEnd), attribute);
    }
}
