package org.plantrack.regions;

/**
 * The code prefix every division inside a region shares, so a store can select "this region and everything under
 * it" with one {@code code LIKE prefix%} instead of listing the codes. GB/T 2260 codes are positional: two digits of
 * province, two of prefecture, two of county. A prefecture's counties repeat its first four digits; a province's
 * prefectures and counties (its 直辖市 districts and province-governed cities such as 仙桃市 429004 included) repeat
 * its first two. The registry's parent links are built from the same digits (regions/tools/generate.mjs), so the
 * prefix and {@link RegionRegistry#within(Region, Region)} agree; a test checks that for every division.
 */
public final class RegionScope {

    private RegionScope() {
    }

    /** The prefix of the codes within {@code r}: empty for 全国 (everything), the whole code for a county. */
    public static String codePrefix(Region r) {
        return switch (r.level()) {
            case NATIONAL -> "";
            case PROVINCE -> r.code().substring(0, 2);
            case CITY -> r.code().substring(0, 4);
            case COUNTY -> r.code();
        };
    }

    /** Whether a code lies within {@code r} by its digits (a null code lies nowhere). */
    public static boolean contains(Region r, String code) {
        return code != null && code.startsWith(codePrefix(r));
    }
}
