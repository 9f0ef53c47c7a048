package org.plantrack.nlp.metric;

import org.plantrack.catalogue.MetricResolver;
import org.plantrack.catalogue.Resolution;

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

    /** The catalogue indicator a metric phrase names, or a free metric (indicator null). */
    public static Resolution resolve(String metric) {
        return RESOLVER.resolve(metric);
    }

    /**
     * The resolver for the indicators of one document: it also knows the document's region, with and without its
     * division suffix (太原市 and 太原), as a place, so that 太原GDP resolves even where the dictionary lacks 太原.
     */
    public static MetricResolver forRegion(String region) {
        return RESOLVER.withRegion(region);
    }
}
