package org.plantrack.gateway.stream;

import org.plantrack.regions.Region;
import org.plantrack.regions.RegionRegistry;
import org.plantrack.regions.RegionResolver;
import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The region hierarchy behind the live filters' {@code region}: an event carries the GB/T 2260 codes its region lies
 * within ({@link #scopeOf}), a filter value names one division ({@link #filterRegion}), and the event passes when its
 * scope holds that division's code. So region=140000 (or 山西省) takes the events about 太原市 and its counties.
 * <p>
 * WHY here and not in the services: the events name their region as the documents wrote it and carry a code only
 * where one was resolved; the gateway resolves the rest with the same registry target-service uses.
 */
public final class EventRegions {

    /** The attribute holding an event's region scope: its own code, each enclosing one, and 000000 (全国). */
    public static final String SCOPE = "regionScope";

    private static final RegionResolver RESOLVER = RegionResolver.standard();
    private static final RegionRegistry REGISTRY = RESOLVER.registry();
    /** Region names repeat from event to event; bounded so odd names cannot grow it without end. */
    private static final int MAX_CACHED_NAMES = 4096;
    private static final Map<String, Optional<Region>> BY_NAME = new ConcurrentHashMap<>();

    private EventRegions() {
    }

    /**
     * The codes an event's region lies within, innermost first, ending with 000000; empty when neither the code nor
     * the name identifies a division (an unknown or ambiguous name).
     *
     * @param code a GB/T 2260 code the event carries, or null
     * @param name the region's name as the event carries it, or null
     */
    public static List<String> scopeOf(String code, String name) {
        Region region = code == null ? null : REGISTRY.byCode(code.strip());
        if (region == null && name != null && !name.isBlank()) {
            region = named(name.strip()).orElse(null);
        }
        if (region == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(4);
        for (Region r = region; r != null; r = REGISTRY.parent(r)) {
            codes.add(r.code());
        }
        if (!codes.contains(Region.NATIONAL_CODE)) {
            codes.add(Region.NATIONAL_CODE);
        }
        return List.copyOf(codes);
    }

    /**
     * The division a filter value names: a code must be one of the registry (else a 400 problem naming it, since
     * a filter on it could never match); a name is resolved as documents' names are, and is null when it names no
     * single division (then the filter compares names only).
     */
    public static Region filterRegion(String value) {
        String v = value.strip();
        if (v.matches("[0-9]+")) {
            Region region = REGISTRY.byCode(v);
            if (region == null) {
                throw new ProblemException(ProblemType.INVALID_FILTER,
                        "filter 'region' has the code '" + v + "', which is no GB/T 2260 division; give a six-digit "
                                + "code of the registry or a region name");
            }
            return region;
        }
        return named(v).orElse(null);
    }

    /** True when the value is written as a code (digits), not a name. */
    static boolean isCode(String value) {
        return value.strip().matches("[0-9]+");
    }

    private static Optional<Region> named(String name) {
        Optional<Region> cached = BY_NAME.get(name);
        if (cached != null) {
            return cached;
        }
        Optional<Region> resolved = Optional.ofNullable(RESOLVER.resolve(name).region());
        if (BY_NAME.size() < MAX_CACHED_NAMES) {
            BY_NAME.put(name, resolved);
        }
        return resolved;
    }
}
