package org.plantrack.targetservice.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * <p>
 * Resolutions are cached per (metric, region): resolving compares the metric with every catalogue key (bigram Dice),
 * 9 % of target-service's CPU in the load benchmark, where the same few hundred metrics of the same regions come
 * again with every document. The cache is safe because a resolution is a pure function of its two arguments and the
 * catalogue and place names, which are loaded once per process and never change (a new catalogue is a new
 * release, hence a restart); bounded, so metrics written in endless ways cannot fill the heap.
 */
public final class CatalogueMetrics {

    /** The catalogue indicator: id and canonical name. */
    public record Match(String id, String name) {
    }

    private static final MetricResolver RESOLVER = MetricResolver.standard();
    /** Enough for every (metric, region) of many documents' sets; least recently used go first beyond it. */
    private static final int CACHED_RESOLUTIONS = 20_000;
    private static final Cache<Key, Optional<Match>> RESOLVED = Caffeine.newBuilder()
            .maximumSize(CACHED_RESOLUTIONS).build();

    /** A metric as written and the region it is read in (either may be null). */
    private record Key(String metric, String region) {
    }

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
        return RESOLVED.get(new Key(metric, region), k -> Optional.ofNullable(resolveUncached(k.metric(), k.region())))
                .orElse(null);
    }

    private static Match resolveUncached(String metric, String region) {
        Resolution r = RESOLVER.withRegion(region).resolve(metric);
        CatalogueIndicator i = r.indicator();
        return i == null ? null : new Match(i.id(), i.name());
    }

    /** The catalogue indicator of an id (direction, category, usual attribute); empty for null or an unknown id. */
    public static java.util.Optional<CatalogueIndicator> indicator(String id) {
        return id == null ? java.util.Optional.empty() : RESOLVER.catalogue().byId(id);
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
