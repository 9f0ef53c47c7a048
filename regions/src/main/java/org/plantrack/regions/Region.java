package org.plantrack.regions;

/**
 * One administrative division.
 *
 * @param code       six-digit GB/T 2260 code; {@value #NATIONAL_CODE} for 全国 (a PlanTrack convention: the standard
 *                   codes only divisions below the state)
 * @param name       full standard name (太原市, 涪城区, 广西壮族自治区)
 * @param level      its tier
 * @param parentCode code of the enclosing division (province of a prefecture, prefecture of a county, province of
 *                   a 直辖市 district or a province-governed county-level city), null for provinces and 全国
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    public static final String NATIONAL_CODE = "000000";
    public static final Region NATIONAL = new Region(NATIONAL_CODE, "全国", RegionLevel.NATIONAL, null);
}
