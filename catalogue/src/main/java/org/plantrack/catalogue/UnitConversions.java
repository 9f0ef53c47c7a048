package org.plantrack.catalogue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which units convert into which (units.tsv): 亿元, 万元 and 元 are one dimension; % and 个百分点 are two, so a share and
 * a change in points never convert into each other.
 */
public final class UnitConversions {

    private record Scale(String dimension, BigDecimal factor) {
    }

    private final Map<String, Scale> scales = new HashMap<>();

    UnitConversions() {
        for (String[] row : Resources.rows("units.tsv")) {
            if (row.length < 3) {
                throw new IllegalStateException("units.tsv: expected unit, dimension, factor: " + String.join("\t", row));
            }
            scales.put(row[0], new Scale(row[1], new BigDecimal(row[2])));
        }
    }

    /** Every unit this table knows. */
    public java.util.Set<String> names() {
        return java.util.Set.copyOf(scales.keySet());
    }

    /** True when both units are known and measure the same thing. */
    public boolean convertible(String from, String to) {
        Scale f = scales.get(from);
        Scale t = scales.get(to);
        return f != null && t != null && f.dimension().equals(t.dimension());
    }

    /** The dimension of a unit ({@code money_cny}, {@code percent}, {@code percentage_point}), empty when unknown. */
    public Optional<String> dimension(String unit) {
        Scale s = scales.get(unit);
        return s == null ? Optional.empty() : Optional.of(s.dimension());
    }

    /** The value in the other unit; empty when the units do not convert (unknown, or different dimensions). */
    public Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        if (value == null || !convertible(from, to)) {
            return Optional.empty();
        }
        if (from.equals(to)) {
            return Optional.of(value);
        }
        BigDecimal base = value.multiply(scales.get(from).factor());
        return Optional.of(base.divide(scales.get(to).factor(), MathContext.DECIMAL64).stripTrailingZeros());
    }
}
