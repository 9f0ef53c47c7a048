package org.plantrack.nlp.table;

/**
 * A column's meaning, read from its header.
 *
 * @param year         the year the header states (2025年目标值 → 2025; 2021-2025年累计 → 2025), or null
 * @param kind         "actual" or "target" when the header says so (基期值, 目标值), else null
 * @param unit         a unit printed in the header (增长(%) → %), or null
 * @param metricSuffix words of the header that name what is measured (2023年GDP → GDP), appended to row names
 */
public record Column(HeaderRole role, Integer year, String kind, String unit, String metricSuffix) {

    public static Column of(HeaderRole role) {
        return new Column(role, null, null, null, null);
    }

    public boolean holdsValues() {
        return role == HeaderRole.VALUE || role == HeaderRole.CUMULATIVE || role == HeaderRole.GROWTH;
    }
}
