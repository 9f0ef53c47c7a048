package org.plantrack.targetservice.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.plantrack.regions.Region;
import org.plantrack.targetservice.region.Regions;
import org.plantrack.targetservice.region.StoredRegion;
import org.plantrack.targetservice.service.AggregationService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions present in the data with their numbers of indicators, targets and documents: one row per region code,
 * and one per name the registry does not resolve (code null). Counted by code, so a region written 太原 in one
 * document and 太原市 in another is one row.
 */
@ApplicationScoped
public class RegionRepository {

    private final EntityManager em;

    public RegionRepository(EntityManager em) {
        this.em = em;
    }

    /** A region with its counts. */
    public record Present(StoredRegion region, long indicators, long targets, long documents) {
    }

    /** Every region of the data, most indicators first. */
    public List<Present> present() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, StoredRegion> regions = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select i.regionCode, min(i.region), count(i), count(distinct i.documentId) "
                + "from Indicator i where i.regionCode is not null group by i.regionCode", Object[].class)
                .getResultList()) {
            String code = (String) r[0];
            regions.put(code, coded(code, (String) r[1]));
            long[] c = counts.computeIfAbsent(code, k -> new long[3]);
            c[0] = (Long) r[2];
            c[2] = (Long) r[3];
        }
        for (Object[] r : em.createQuery("select i.region, count(i), count(distinct i.documentId) from Indicator i "
                + "where i.regionCode is null group by i.region", Object[].class).getResultList()) {
            String name = r[0] == null ? AggregationService.UNKNOWN_REGION : (String) r[0];
            regions.putIfAbsent(name, new StoredRegion(name, null, null, null));
            long[] c = counts.computeIfAbsent(name, k -> new long[3]);
            c[0] += (Long) r[1];
            c[2] += (Long) r[2];
        }
        for (Object[] r : em.createQuery("select t.regionCode, min(t.region), count(t) from Target t "
                + "where t.regionCode is not null group by t.regionCode", Object[].class).getResultList()) {
            String code = (String) r[0];
            regions.putIfAbsent(code, coded(code, (String) r[1]));
            counts.computeIfAbsent(code, k -> new long[3])[1] = (Long) r[2];
        }
        for (Object[] r : em.createQuery("select t.region, count(t) from Target t where t.regionCode is null "
                + "group by t.region", Object[].class).getResultList()) {
            String name = (String) r[0]; // never null: a target without region is stored under 未知
            regions.putIfAbsent(name, new StoredRegion(name, null, null, null));
            counts.computeIfAbsent(name, k -> new long[3])[1] += (Long) r[1];
        }
        List<Present> out = new ArrayList<>();
        counts.forEach((key, c) -> out.add(new Present(regions.get(key), c[0], c[1], c[2])));
        out.sort(Comparator.comparingLong(Present::indicators).reversed());
        return out;
    }

    /** The registry's facts of a stored code; the stored name when the registry no longer knows the code. */
    private static StoredRegion coded(String code, String storedName) {
        Region r = Regions.registry().byCode(code);
        return r == null ? new StoredRegion(storedName, code, null, null)
                : new StoredRegion(r.name(), r.code(), r.level().label(), r.parentCode());
    }
}
