package org.plantrack.nlp;

import java.math.BigDecimal;

/**
 * One quantitative indicator, following ../shared/eval/GUIDELINES.md.
 *
 * @param start   offset of the value in the original (decoded or extracted) text; the gold set uses these
 * @param end     exclusive end offset in the original text
 * @param cleaned where the value and its sentence are in the cleaned text ({@link CleaningReport#cleanedText()})
 * @param attribute {@link #BINDING} (约束性), {@link #ANTICIPATORY} (预期性) or null where the document does not say
 * @param region  the region the value's clause or table row names as its subject (其中，太原市地区生产总值…; a row
 *                per city), or null: then the indicator is about the document's region
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
        String attribute,
        NamedRegion region) {

    /** Without a region of its own: the indicator is about the document's region. */
    public Indicator(String metric, BigDecimal value, String unit, String kind, String qualifier, String change,
                     BigDecimal baseline, Integer year, String sentence, int start, int end, String domain,
                     double confidence, CleanedSpan cleaned, String attribute) {
        this(metric, value, unit, kind, qualifier, change, baseline, year, sentence, start, end, domain, confidence,
                cleaned, attribute, null);
    }

    /** The same indicator about the given region. */
    public Indicator withRegion(NamedRegion named) {
        return new Indicator(metric, value, unit, kind, qualifier, change, baseline, year, sentence, start, end, domain,
                confidence, cleaned, attribute, named);
    }

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

    /**
     * A region named by the indicator's clause or row, resolved in the GB/T 2260 registry.
     *
     * @param name       the registry's name (太原市, also where the text wrote 太原)
     * @param code       its code
     * @param level      national, province, city or county
     * @param parentCode the code of the enclosing division, null for a province
     * @param metric     the metric without the region's name in front (南昌市GDP → GDP): the measure itself, which
     *                   compares across regions; {@link Indicator#metric()} keeps the name as the text wrote it
     *                   (GUIDELINES, multi-region texts)
     */
    public record NamedRegion(String name, String code, String level, String parentCode, String metric) {
    }
}
