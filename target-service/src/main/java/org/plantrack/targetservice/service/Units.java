package org.plantrack.targetservice.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Canonical units for comparing values: 亿元 and 万元 become 元, 万人 becomes 人, 10.4万个 becomes 104000 个.
 * Percent (%), percentage points (个百分点) and per-mille stay what they are and are never converted into each
 * other. The original value and unit are always kept next to the canonical ones.
 */
public final class Units {

    public record Canonical(BigDecimal factor, String unit) {
        public BigDecimal apply(BigDecimal value) {
            return value == null ? null : Numbers.clean(value.multiply(factor));
        }
    }

    /** Multipliers that may precede a unit, longest first so 万亿 wins over 亿 and 万. */
    private static final List<Multiplier> MULTIPLIERS = List.of(
            new Multiplier("万亿", new BigDecimal("1000000000000")),
            new Multiplier("千万", new BigDecimal("10000000")),
            new Multiplier("百万", new BigDecimal("1000000")),
            new Multiplier("亿", new BigDecimal("100000000")),
            new Multiplier("万", new BigDecimal("10000")));

    /** Units that are ratios: no multiplier applies, and none is converted into another. */
    private static final Set<String> RATIOS = Set.of("%", "个百分点", "百分点", "‰", "倍");

    private record Multiplier(String prefix, BigDecimal factor) {
    }

    public static Canonical canonical(String unit) {
        if (unit == null || unit.isBlank()) {
            return new Canonical(BigDecimal.ONE, null);
        }
        String u = unit.strip().replace('％', '%');
        if (u.equals("百分点")) {
            return new Canonical(BigDecimal.ONE, "个百分点");
        }
        if (RATIOS.contains(u)) {
            return new Canonical(BigDecimal.ONE, u);
        }
        for (Multiplier m : MULTIPLIERS) {
            if (u.startsWith(m.prefix()) && u.length() > m.prefix().length()) {
                Canonical rest = canonical(u.substring(m.prefix().length()));
                return new Canonical(m.factor().multiply(rest.factor()), rest.unit());
            }
        }
        return new Canonical(BigDecimal.ONE, u);
    }

    private Units() {
    }
}
