package org.plantrack.targetservice.region;

/**
 * The region an indicator or target is stored under.
 *
 * @param name       the registry's standard name when resolved (太原市), else the name as written; null when none
 * @param code       GB/T 2260 code (000000 for 全国), null when the registry does not resolve the name
 * @param level      national, province, city or county: the registry's when resolved, else the level the document
 *                   shows (全市 → city), or null
 * @param parentCode code of the enclosing region, null for provinces, 全国 and unresolved names
 */
public record StoredRegion(String name, String code, String level, String parentCode) {

    public static final StoredRegion NONE = new StoredRegion(null, null, null, null);

    /** Whether the registry knows the region (regionResolved in the API). */
    public boolean resolved() {
        return code != null;
    }

    /** What a target key starts with: the code when known, so every name of one region keys one target. */
    public String keyPart(String unknownRegion) {
        return code != null ? code : name != null ? name : unknownRegion;
    }
}
