package org.plantrack.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard indicators (indicators.tsv) and their units (units.tsv). Immutable and thread-safe;
 * {@link #standard()} loads the data once.
 */
public final class IndicatorCatalogue {

    private static final class Holder {
        static final IndicatorCatalogue STANDARD = new IndicatorCatalogue();
    }

    /** A growth rate is named like its level with this after it, and stated in {@link #GROWTH_UNIT}. */
    private static final String GROWTH = "增长";
    private static final String GROWTH_UNIT = "%";
    /** How a label names the growth rate of a level (地区生产总值 · 增速). */
    private static final String GROWTH_LABEL = "增速";

    private final Map<String, CatalogueIndicator> byId = new LinkedHashMap<>();
    private final Map<String, CatalogueIndicator> byName = new LinkedHashMap<>();
    private final UnitConversions units = new UnitConversions();

    private IndicatorCatalogue() {
        for (String[] row : Resources.rows("indicators.tsv")) {
            if (row.length != 7) {
                throw new IllegalStateException("indicators.tsv: expected 7 columns, found " + row.length + ": "
                        + String.join("\t", row));
            }
            List<String> variants = new ArrayList<>();
            for (String v : row[6].split("\\|")) {
                if (!v.isBlank()) {
                    variants.add(v.strip());
                }
            }
            CatalogueIndicator i = new CatalogueIndicator(row[0], row[2], row[1], dashIsNull(row[3]),
                    Direction.parse(row[4]), dashIsNull(row[5]), variants);
            if (byId.put(i.id(), i) != null) {
                throw new IllegalStateException("indicators.tsv: duplicate id " + i.id());
            }
            byName.putIfAbsent(i.name(), i);
        }
    }

    private static String dashIsNull(String s) {
        return s.isBlank() || s.equals("-") ? null : s.strip();
    }

    /** The catalogue shipped with this module. */
    public static IndicatorCatalogue standard() {
        return Holder.STANDARD;
    }

    public List<CatalogueIndicator> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    public Optional<CatalogueIndicator> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The indicator of this canonical name (地区生产总值增长 → gdp_growth); empty for a variant or an unknown name. */
    public Optional<CatalogueIndicator> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public UnitConversions units() {
        return units;
    }

    /**
     * A value in the indicator's canonical unit: 3.2 万亿元 of GDP is 32000 亿元. Empty when the unit does not convert
     * (a GDP growth stated in % for an indicator kept in 亿元, a change in 个百分点 for a share in %).
     */
    public Optional<BigDecimal> inCanonicalUnit(CatalogueIndicator indicator, BigDecimal value, String unit) {
        if (indicator.unit() == null || unit == null) {
            return Optional.empty();
        }
        return units.convert(value, unit, indicator.unit());
    }

    /**
     * The indicator that is the growth rate of a level: the one named like the level with 增长 after it, in %
     * (地区生产总值 → 地区生产总值增长, gdp → gdp_growth). A plan states both, 地区生产总值达到5000亿元 and 地区生产总值
     * 增长6%, and they are different quantities with different units and paths. Empty when the catalogue holds no
     * growth of it, or for an indicator that is a growth rate itself.
     */
    public Optional<CatalogueIndicator> growthOf(CatalogueIndicator level) {
        if (level == null || isGrowthRate(level)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(level.name() + GROWTH)).filter(this::isGrowthRate);
    }

    /** The level a growth-rate indicator is the growth of (gdp_growth → gdp); empty for any other indicator. */
    public Optional<CatalogueIndicator> levelOf(CatalogueIndicator indicator) {
        if (indicator == null || !indicator.name().endsWith(GROWTH) || !GROWTH_UNIT.equals(indicator.unit())) {
            return Optional.empty();
        }
        String name = indicator.name();
        return Optional.ofNullable(byName.get(name.substring(0, name.length() - GROWTH.length())));
    }

    /** True when the indicator is the growth rate of another indicator of the catalogue. */
    public boolean isGrowthRate(CatalogueIndicator indicator) {
        return levelOf(indicator).isPresent();
    }

    /**
     * How a reader tells a growth rate from its level at a glance: 地区生产总值 · 增速 for gdp_growth, the name for
     * every other indicator.
     */
    public String label(CatalogueIndicator indicator) {
        return levelOf(indicator).map(level -> level.name() + " · " + GROWTH_LABEL).orElse(indicator.name());
    }

    /** The categories in the order of the data file. */
    public List<String> categories() {
        return byId.values().stream().map(CatalogueIndicator::category).distinct().toList();
    }
}
