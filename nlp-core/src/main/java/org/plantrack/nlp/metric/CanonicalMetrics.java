package org.plantrack.nlp.metric;

import org.plantrack.catalogue.MetricResolver;
import org.plantrack.catalogue.PlaceNames;
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

    /** A resolver that also knows the document's region names (太原市, 太原) as places. */
    public static MetricResolver forRegion(java.util.Collection<String> regionNames) {
        return RESOLVER.withPlaces(PlaceNames.of(regionNames));
    }
}
