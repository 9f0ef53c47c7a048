package org.plantrack.regions;

/** The tiers of the administrative hierarchy PlanTrack reports: 全国 > province > prefecture (city) > county. */
public enum RegionLevel {
    NATIONAL("national"),
    /** 省, 自治区, 直辖市, 特别行政区. */
    PROVINCE("province"),
    /** Prefecture level: 地级市, 自治州, 地区, 盟. */
    CITY("city"),
    /** County level: 县, 县级市, 市辖区 (also the districts of a 直辖市), 旗, 自治县. */
    COUNTY("county");

    private final String label;

    RegionLevel(String label) {
        this.label = label;
    }

    /** The lower-case name used in JSON and by the metadata guidelines. */
    public String label() {
        return label;
    }

    public static RegionLevel ofLabel(String label) {
        for (RegionLevel l : values()) {
            if (l.label.equals(label)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown region level: " + label);
    }

    /**
     * A level as users write it in a query: a label, or {@code prefecture} for {@link #CITY} (the tier's name in
     * GB/T 2260: 地级, which holds 地区, 自治州 and 盟 besides cities). Case and surrounding blanks are ignored.
     *
     * @throws IllegalArgumentException naming the accepted words
     */
    public static RegionLevel parse(String text) {
        String word = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (word.equals("prefecture")) {
            return CITY;
        }
        for (RegionLevel l : values()) {
            if (l.label.equals(word)) {
                return l;
            }
        }
        throw new IllegalArgumentException("level must be national, province, prefecture (or city) or county, was '"
                + (text == null ? "" : text.strip()) + "'");
    }
}
