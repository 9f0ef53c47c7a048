package org.plantrack.targetservice.repository;

import org.plantrack.regions.Region;
import org.plantrack.regions.RegionScope;
import org.plantrack.targetservice.region.Regions;
import org.plantrack.targetservice.service.AggregationService;

import java.util.List;

/**
 * The region filters of the indicator and target lists as query conditions. {@code region} is a GB/T 2260 code
 * (six digits) or a name: a name the registry resolves matches the rows of its code whatever name they were
 * written with (太原 matches rows stored as 太原市 140100), and also rows still stored under that very name; a name it
 * does not resolve matches the rows stored under it. {@code within} is a code: the region and every region under it
 * (by the code prefix GB/T 2260 codes share, {@link RegionScope}). A number that is no code of the registry is a
 * 400 problem naming it.
 */
final class RegionCondition {

    private RegionCondition() {
    }

    /** The code a region parameter names: its own when it is digits, the registry's when a name resolves, else null. */
    static String codeOf(String region) {
        String r = region.strip();
        if (r.matches("[0-9]+")) {
            return Regions.known("region", r).code();
        }
        return Regions.of(r, null, null).code();
    }

    static void validate(String region, String within) {
        if (QueryFilter.has(region)) {
            codeOf(region);
        }
        if (QueryFilter.has(within)) {
            Regions.known("within", within);
        }
    }

    /**
     * @param alias the entity alias with its dot ("t.") or empty
     * @param nameOfNone the stored name that means "no region" in this table, or null when no region is stored as
     *                   a null name
     */
    static void add(JpqlBuilder b, String alias, String region, String within, String unknownRegion,
                    String nameOfNone) {
        if (QueryFilter.has(region)) {
            String r = region.strip();
            String code = codeOf(r);
            if (r.equals(unknownRegion) && nameOfNone == null) {
                b.where(alias + "region is null");
            } else if (code == null) {
                b.where(alias + "region = :region", "region", r);
            } else if (r.matches("[0-9]+")) {
                b.where(alias + "regionCode = :regionCode", "regionCode", code);
            } else {
                b.where("(" + alias + "regionCode = :regionCode or " + alias + "region = :region)", "regionCode", code);
                b.params().and("region", r);
            }
        }
        if (QueryFilter.has(within)) {
            Region outer = Regions.known("within", within);
            b.where(alias + "regionCode like :withinPrefix", "withinPrefix", RegionScope.codePrefix(outer) + "%");
        }
    }

    /**
     * The same conditions in plain SQL on the {@code indicator} table (columns {@code region}, {@code region_code};
     * no region is a null name, which the lists show as {@link AggregationService#UNKNOWN_REGION}), appended to a
     * where-clause as {@code and ...} with their parameters.
     */
    static void addSql(StringBuilder sql, List<Object> params, String region, String within) {
        if (QueryFilter.has(region)) {
            String r = region.strip();
            String code = codeOf(r);
            if (r.equals(AggregationService.UNKNOWN_REGION)) {
                sql.append(" and region is null");
            } else if (code == null) {
                sql.append(" and region = ?");
                params.add(r);
            } else if (r.matches("[0-9]+")) {
                sql.append(" and region_code = ?");
                params.add(code);
            } else {
                sql.append(" and (region_code = ? or region = ?)");
                params.add(code);
                params.add(r);
            }
        }
        if (QueryFilter.has(within)) {
            Region outer = Regions.known("within", within);
            sql.append(" and region_code like ?");
            params.add(RegionScope.codePrefix(outer) + "%");
        }
    }
}
