package org.plantrack.targetservice.service;

import org.plantrack.catalogue.CatalogueIndicator;
import org.plantrack.catalogue.IndicatorCatalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A growth rate is its own indicator, not its level's: 地区生产总值增长6% and GDP增速6% are the catalogue's
 * gdp_growth (in %), 地区生产总值达到5000亿元 is gdp (in 亿元). A metric phrase names the level (地区生产总值) and the
 * sentence states the change (增长 6%); a statement of a change in % of a level the catalogue holds a growth rate for
 * is therefore that growth rate, so both wordings meet in one target and one series, graded with the growth rate's
 * direction. A decline (下降2.1%) is a growth rate of −2.1. Changes in other units (增加200亿元, 提高2个百分点) stay
 * changes of the level (TargetMetric's ·增长 suffix). Stateless.
 */
public final class GrowthRates {

    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
    /** The unit of a growth rate (the canonical unit, so ％ counts too). */
    private static final String PERCENT = "%";
    private static final String DECREASE = "decrease";

    private GrowthRates() {
    }

    /**
     * The catalogue indicator a statement is about: the growth rate of the named indicator when the statement is a
     * change of it in %, else the named one (also for a free metric: null).
     */
    public static CatalogueMetrics.Match indicatorOf(CatalogueMetrics.Match named, String change,
                                                     String canonicalUnit) {
        if (named == null || change == null || !PERCENT.equals(canonicalUnit)) {
            return named;
        }
        return CATALOGUE.byId(named.id()).flatMap(CATALOGUE::growthOf)
                .map(growth -> new CatalogueMetrics.Match(growth.id(), growth.name())).orElse(named);
    }

    /**
     * The value to compare and chart: a decline of a growth rate counts below zero (下降2.1% of GDP is a growth of
     * −2.1 %); every other value as it is.
     */
    public static BigDecimal signed(BigDecimal canonicalValue, CatalogueMetrics.Match indicator, String change,
                                    String canonicalUnit) {
        if (canonicalValue == null || indicator == null || !DECREASE.equals(change)
                || !PERCENT.equals(canonicalUnit) || !isGrowthRate(indicator.id())) {
            return canonicalValue;
        }
        return canonicalValue.negate();
    }

    /** The ids of the catalogue's growth rates (gdp_growth, retail_sales_growth, ...). */
    public static List<String> growthIds() {
        return CATALOGUE.all().stream().filter(CATALOGUE::isGrowthRate).map(CatalogueIndicator::id).toList();
    }

    /** The ids of the levels the catalogue holds a growth rate for (gdp, retail_sales, ...). */
    public static List<String> levelIds() {
        return CATALOGUE.all().stream().filter(i -> CATALOGUE.growthOf(i).isPresent()).map(CatalogueIndicator::id)
                .toList();
    }

    /** How targets of growth rates were keyed before they were indicators of their own: 地区生产总值增长·增长. */
    public static List<String> formerTargetMetrics() {
        return CATALOGUE.all().stream().filter(CATALOGUE::isGrowthRate)
                .flatMap(i -> Stream.of(i.name() + AggregationService.changeSuffix("increase"),
                        i.name() + AggregationService.changeSuffix(DECREASE)))
                .toList();
    }

    /** True when the catalogue indicator of this id is the growth rate of another. */
    public static boolean isGrowthRate(String catalogueId) {
        return CATALOGUE.byId(catalogueId).filter(CATALOGUE::isGrowthRate).isPresent();
    }

    /** True when the catalogue indicator of this canonical name is a growth rate: its change is in its name. */
    static boolean isGrowthRateNamed(String catalogueName) {
        Optional<CatalogueIndicator> i = CATALOGUE.byName(catalogueName);
        return i.isPresent() && CATALOGUE.isGrowthRate(i.get());
    }
}
