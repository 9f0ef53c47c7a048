package org.plantrack.catalogue;

import java.util.List;

/**
 * One standard indicator.
 *
 * @param id             stable identifier, lower-case ASCII ({@code gdp}, {@code forest_coverage})
 * @param name           canonical Chinese name
 * @param category       the main-indicator table's group (经济发展, 创新驱动, 民生福祉, 绿色生态, 安全保障) or the
 *                       communiqué chapter (农业, 基础设施)
 * @param unit           canonical unit, null for a pure ratio such as 城乡居民收入比
 * @param direction      which way the indicator improves
 * @param usualAttribute {@link #BINDING} or {@link #ANTICIPATORY} where plans usually mark it so, otherwise null
 * @param variants       other names of the same indicator as written in the data file
 */
public record CatalogueIndicator(
        String id,
        String name,
        String category,
        String unit,
        Direction direction,
        String usualAttribute,
        List<String> variants) {

    /** 约束性. The same code as nlp-core's {@code Indicator.BINDING}. */
    public static final String BINDING = "binding";
    /** 预期性. The same code as nlp-core's {@code Indicator.ANTICIPATORY}. */
    public static final String ANTICIPATORY = "anticipatory";

    public CatalogueIndicator {
        variants = List.copyOf(variants);
    }
}
