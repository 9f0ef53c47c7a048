package org.plantrack.events;

import java.math.BigDecimal;

/**
 * One quantitative indicator as extracted from a sentence (fields follow the annotation guidelines).
 *
 * @param id          stable across re-analysis of the same bytes: derived from document id, offsets and value
 * @param kind        "actual" or "target"
 * @param qualifier   ">=", "<=", "~" or null
 * @param change      "increase", "decrease" or null
 * @param baseline    the starting value of a 由A提高到B statement, in the same unit, or null
 * @param year        the year the value holds for (actual) or is due (target), or null when the text does not say
 * @param start       offset of the value's mention in the original document text (characters, after decoding)
 * @param end         exclusive end offset of that mention
 * @param cleaned     where the value and its sentence sit in the cleaned text of the document (the text that
 *                    {@link DocumentAnalyzedV1#cleanedText()} carries), so a reader can highlight them there;
 *                    null in events written before this field existed
 * @param canonicalMetric the catalogue indicator the metric names ({@code {id: "gdp", name: "地区生产总值"}}), null
 *                    for a free metric and in events written before this field existed; target-service resolves
 *                    it itself when it is missing
 * @param attribute   "binding" (约束性) or "anticipatory" (预期性) where the document marks the indicator so (a plan's
 *                    main-indicator table), otherwise null
 * @param regionCode  GB/T 2260 code (000000 for 全国) of {@code region}, the region the indicator is about, from the
 *                    regions registry; null when the name is not resolved (unknown, or namesakes the text does not
 *                    decide) and in events written before this field existed: target-service resolves the name
 *                    itself then. Optional, added within version 1.
 */
public record IndicatorV1(
        String id,
        String documentId,
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
        String region,
        String planPeriod,
        CleanedSpan cleaned,
        CanonicalMetric canonicalMetric,
        String attribute,
        String regionCode) {

    /** 约束性. */
    public static final String BINDING = "binding";
    /** 预期性. */
    public static final String ANTICIPATORY = "anticipatory";

    /** The fields of version 1 before canonicalMetric and attribute: both null. */
    public IndicatorV1(String id, String documentId, String metric, BigDecimal value, String unit, String kind,
                       String qualifier, String change, BigDecimal baseline, Integer year, String sentence, int start,
                       int end, String domain, double confidence, String region, String planPeriod,
                       CleanedSpan cleaned) {
        this(id, documentId, metric, value, unit, kind, qualifier, change, baseline, year, sentence, start, end, domain,
                confidence, region, planPeriod, cleaned, null, null, null);
    }

    /** The fields of version 1 before regionCode: no code. */
    public IndicatorV1(String id, String documentId, String metric, BigDecimal value, String unit, String kind,
                       String qualifier, String change, BigDecimal baseline, Integer year, String sentence, int start,
                       int end, String domain, double confidence, String region, String planPeriod,
                       CleanedSpan cleaned, CanonicalMetric canonicalMetric, String attribute) {
        this(id, documentId, metric, value, unit, kind, qualifier, change, baseline, year, sentence, start, end, domain,
                confidence, region, planPeriod, cleaned, canonicalMetric, attribute, null);
    }

    /** A catalogue indicator: its stable id and canonical name (the catalogue module's data). */
    public record CanonicalMetric(String id, String name) {
    }

    /** Offsets in the cleaned text: the value's mention and the whole sentence (end offsets exclusive). */
    public record CleanedSpan(int valueStart, int valueEnd, int sentenceStart, int sentenceEnd) {
    }
}
