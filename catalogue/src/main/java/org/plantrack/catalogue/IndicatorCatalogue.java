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

    private final Map<String, CatalogueIndicator> byId = new LinkedHashMap<>();
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

    /** The categories in the order of the data file. */
    public List<String> categories() {
        return byId.values().stream().map(CatalogueIndicator::category).distinct().toList();
    }
}
