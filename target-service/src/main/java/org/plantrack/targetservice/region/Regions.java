package org.plantrack.targetservice.region;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import org.plantrack.regions.Region;
import org.plantrack.regions.RegionLevel;
import org.plantrack.regions.RegionRegistry;
import org.plantrack.regions.RegionResolution;
import org.plantrack.regions.RegionResolver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The region registry as target-service uses it: the region an incoming indicator is stored under, and the registry
 * entries behind codes and names in queries. Stateless apart from a bounded memo of resolved names (a set repeats
 * one region ~70 times; the names of a whole database are a few hundred). Thread-safe.
 */
public final class Regions {

    private static final RegionResolver RESOLVER = RegionResolver.standard();
    private static final int MEMO_LIMIT = 10_000;
    private static final Map<String, StoredRegion> MEMO = new ConcurrentHashMap<>();

    private Regions() {
    }

    public static RegionRegistry registry() {
        return RESOLVER.registry();
    }

    /**
     * Where an indicator is stored: the region of its code when the registry knows the code (nlp-service resolved
     * it with the document's context), else its name resolved here without context, with the document's level as
     * the hint that decides between namesakes of different tiers. A name the registry does not resolve stays as
     * written, without code.
     *
     * @param name  the region's name as the event carries it, or null
     * @param code  the code the event carries, or null
     * @param level the level the document shows (national, province, city, county), or null
     */
    public static StoredRegion of(String name, String code, String level) {
        String written = name == null || name.isBlank() ? null : name.strip();
        Region byCode = code == null ? null : registry().byCode(code.strip());
        if (byCode != null) {
            return stored(byCode);
        }
        if (written == null) {
            return new StoredRegion(null, null, level, null);
        }
        String memoKey = written + '\u001f' + (level == null ? "" : level);
        StoredRegion memo = MEMO.get(memoKey);
        if (memo != null) {
            return memo;
        }
        RegionResolution r = RESOLVER.resolve(written, "", levelHint(level));
        StoredRegion out = r.resolved() ? stored(r.region()) : new StoredRegion(written, null, level, null);
        if (MEMO.size() >= MEMO_LIMIT) {
            MEMO.clear(); // names come from documents: a flood of distinct ones must not grow the memo without end
        }
        MEMO.put(memoKey, out);
        return out;
    }

    private static StoredRegion stored(Region r) {
        return new StoredRegion(r.name(), r.code(), r.level().label(), r.parentCode());
    }

    private static RegionLevel levelHint(String level) {
        try {
            return level == null ? null : RegionLevel.ofLabel(level);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The registry entry of a code given in a query; 400 naming the parameter when it is none. */
    public static Region known(String parameter, String code) {
        String c = code.strip();
        Region r = c.matches("[0-9]{6}") ? registry().byCode(c) : null;
        if (r == null) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, parameter + " '" + c + "' is not a GB/T 2260 code of the region "
                    + "registry (six digits such as 140000 for 山西省, 140100 for 太原市; 000000 for 全国)");
        }
        return r;
    }

    /** The name of the enclosing region, or null. */
    public static String parentName(String parentCode) {
        Region p = parentCode == null ? null : registry().byCode(parentCode);
        return p == null ? null : p.name();
    }
}
