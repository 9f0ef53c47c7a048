package org.plantrack.targetservice.service;

import org.plantrack.catalogue.CatalogueIndicator;
import org.plantrack.catalogue.IndicatorCatalogue;
import org.plantrack.catalogue.MetricResolver;
import org.plantrack.catalogue.Resolution;
import org.plantrack.events.IndicatorV1;

import java.util.Optional;

/**
 * The catalogue indicator of a stored indicator. nlp-service resolves it with HanLP's place dictionary; when an event
 * does not carry it (written before the field existed) or names an id this catalogue does not know (a newer
 * producer), target-service resolves the metric itself, with the indicator's region as a place (太原市 and 太原),
 * so 太原GDP resolves too. The name always comes from this catalogue. Thread-safe.
 * Resolutions are cached per (metric, region) by {@link MetricResolver#resolve(String, String)}.
 */
public final class CatalogueMetrics {

    /** The catalogue indicator: id and canonical name. */
    public record Match(String id, String name) {
    }

    private static final MetricResolver RESOLVER = MetricResolver.standard();

    private CatalogueMetrics() {
    }

    /** The catalogue indicator of an incoming indicator, or null for a free metric. */
    public static Match of(IndicatorV1 in, String region) {
        IndicatorCatalogue catalogue = RESOLVER.catalogue();
        if (in.canonicalMetric() != null && in.canonicalMetric().id() != null) {
            var known = catalogue.byId(in.canonicalMetric().id());
            if (known.isPresent()) {
                return new Match(known.get().id(), known.get().name());
            }
        }
        return resolve(in.metric(), region);
    }

    /** The catalogue indicator a metric names in a document about the region, or null for a free metric. */
    public static Match resolve(String metric, String region) {
        Resolution r = RESOLVER.resolve(metric, region);
        CatalogueIndicator i = r.indicator();
        return i == null ? null : new Match(i.id(), i.name());
    }

    /** The catalogue indicator of an id (direction, category, usual attribute); empty for null or an unknown id. */
    public static Optional<CatalogueIndicator> indicator(String id) {
        return id == null ? Optional.empty() : RESOLVER.catalogue().byId(id);
    }

    /**
     * The label of a catalogue indicator: 地区生产总值 · 增速 for a growth rate, else its name; null for an unknown id.
     */
    public static String label(String id) {
        return indicator(id).map(RESOLVER.catalogue()::label).orElse(null);
    }

    /** True when the catalogue has an indicator of this id. */
    public static boolean known(String id) {
        return RESOLVER.catalogue().byId(id).isPresent();
    }

    /** binding or anticipatory as sent; anything else is not an attribute and is dropped. */
    static String attribute(String attribute) {
        return IndicatorV1.BINDING.equals(attribute) || IndicatorV1.ANTICIPATORY.equals(attribute) ? attribute : null;
    }
}
