package org.plantrack.nlp.robustness;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.Indicator;

/**
 * What must not change when a document carries noise: its indicators as a multiset of (metric, value, unit, kind,
 * year) — offsets and sentences differ with the noise, so they are left out — and its metadata. Names and units are
 * compared after NFKC, as score.py compares them (（ and ( are the same answer).
 */
public record AnalysisSignature(Map<String, Integer> indicators, Map<String, Integer> values,
        Map<String, String> metadata) {

    public static AnalysisSignature of(DocumentAnalysis a) {
        Map<String, Integer> indicators = new HashMap<>(), values = new HashMap<>();
        for (Indicator i : a.indicators()) {
            String value = nfkc(i.value().stripTrailingZeros().toPlainString() + " " + i.unit());
            indicators.merge(nfkc(i.metric()) + " = " + value + " " + i.kind() + " " + i.year(), 1, Integer::sum);
            values.merge(value, 1, Integer::sum);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        String title = a.structure().title();
        meta.put("title", title == null ? null : nfkc(title).replaceAll("\\s+", ""));
        meta.put("genre", a.classification().genre());
        meta.put("region", a.classification().region());
        meta.put("regionCode", a.classification().regionCode());
        meta.put("regionLevel", a.classification().regionLevel());
        meta.put("planPeriod", a.classification().planPeriod());
        meta.put("documentDate", a.classification().documentDate());
        return new AnalysisSignature(indicators, values, meta);
    }

    /** Nothing was found: the analysis failed on the noisy copy. */
    public static AnalysisSignature empty() {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String f : new String[] {"title", "genre", "region", "regionCode", "regionLevel", "planPeriod", "documentDate"}) {
            meta.put(f, "(failed)");
        }
        return new AnalysisSignature(Map.of(), Map.of(), meta);
    }

    public int indicatorCount() {
        return indicators.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String nfkc(String s) {
        return s == null ? "null" : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
