package org.plantrack.nlp.metric;

import com.hankcs.hanlp.HanLP;
import org.plantrack.catalogue.MetricResolver;
import org.plantrack.catalogue.Resolution;
import org.plantrack.nlp.clean.ScriptConverter;

/**
 * The catalogue resolver as the NLP core uses it: administrative names plus HanLP's place dictionary, so that a city
 * named without its suffix (武汉GDP) is recognised too. Thread-safe; built once.
 */
public final class CanonicalMetrics {

    private static final MetricResolver RESOLVER =
            MetricResolver.standard().withPlaces(new DictionaryPlaceNames());

    private CanonicalMetrics() {
    }

    public static MetricResolver resolver() {
        return RESOLVER;
    }

    /**
     * The catalogue indicator a metric phrase names, or a free metric (indicator null). A name in Traditional
     * characters (森林覆蓋率) is looked up in Simplified ones, as the catalogue writes them; the Resolution keeps the
     * phrase as given. Names the analyzer extracts are Simplified already (the clean step converts the document).
     */
    public static Resolution resolve(String metric) {
        if (metric == null || !hasTraditional(metric)) {
            return RESOLVER.resolve(metric);
        }
        Resolution r = RESOLVER.resolve(HanLP.convertToSimplifiedChinese(metric));
        return new Resolution(metric, r.indicator(), r.confidence(), r.match());
    }

    private static boolean hasTraditional(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ScriptConverter.isTraditionalChar(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The resolver for the indicators of one document: it also knows the document's region, with and without its
     * division suffix (太原市 and 太原), as a place, so that 太原GDP resolves even where the dictionary lacks 太原.
     */
    public static MetricResolver forRegion(String region) {
        return RESOLVER.withRegion(region);
    }

    /**
     * {@code forRegion(region).resolve(metric)}, cached per (metric, region) ({@link MetricResolver#resolve(String,
     * String)}): what nlp-service asks for every indicator it publishes.
     */
    public static Resolution resolve(String metric, String region) {
        return RESOLVER.resolve(metric, region);
    }
}
