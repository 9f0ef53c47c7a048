package org.plantrack.targetservice.service;

/**
 * The metric a target groups its indicators by: the catalogue indicator's canonical name where the metric resolves
 * to one (地区生产总值, GDP, 生产总值 and 经济总量 are one target), otherwise the synonym-table name. A change (增长,
 * 下降) keeps its suffix: it is another quantity than the level; a growth rate in % is a catalogue indicator of its
 * own ({@link GrowthRates}), keyed by its name alone.
 * <p>
 * One exception keeps the synonym table's judgement: a national aggregate (国内生产总值, 全国…) quoted in a document
 * about a province or city is the country's figure, not the region's, although the catalogue names the same
 * indicator for both.
 */
public final class TargetMetric {

    private TargetMetric() {
    }

    /**
     * @param written          the metric as written
     * @param synonymCanonical the synonym table's name, with its change suffix
     * @param catalogueName    the catalogue indicator's name, null for a free metric
     * @param change           increase, decrease or null
     * @param regionLevel      the document's region level (national, province, ...)
     */
    public static String of(String written, String synonymCanonical, String catalogueName, String change,
                            String regionLevel) {
        if (!keyedByCatalogue(written, catalogueName, regionLevel)) {
            return synonymCanonical;
        }
        // a growth rate names its change itself (地区生产总值增长): a suffix would say it twice
        return GrowthRates.isGrowthRateNamed(catalogueName) ? catalogueName
                : catalogueName + AggregationService.changeSuffix(change);
    }

    /** True when the indicator's target and series are keyed by its catalogue indicator. */
    public static boolean keyedByCatalogue(String written, String catalogueName, String regionLevel) {
        return catalogueName != null && !namesTheCountryElsewhere(written, regionLevel);
    }

    /** True when a non-national document quotes a national aggregate. */
    static boolean namesTheCountryElsewhere(String written, String regionLevel) {
        if ("national".equals(regionLevel) || written == null) {
            return false;
        }
        return written.startsWith("全国") || written.startsWith("国内") || written.contains("国内生产总值");
    }
}
