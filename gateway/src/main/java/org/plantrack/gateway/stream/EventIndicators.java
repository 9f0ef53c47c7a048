package org.plantrack.gateway.stream;

import org.plantrack.catalogue.CatalogueIndicator;
import org.plantrack.catalogue.IndicatorCatalogue;
import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;

import java.util.HashMap;
import java.util.Map;

/**
 * The catalogue indicator behind the live filters' {@code indicator}: a filter names a catalogue indicator by its id
 * (gdp) or canonical name (地区生产总值); an event carries the id of the indicator it is about. Indicator events say
 * so themselves ({@code indicator.canonicalMetric.id}); a target event names its metric, which target-service keys
 * by the catalogue indicator's canonical name, with ·增长 or ·下降 for a change of it ({@link #idOfTargetMetric}).
 */
public final class EventIndicators {

    /** The attribute holding the catalogue id an event is about. */
    public static final String ATTRIBUTE = "indicator";

    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
    private static final Map<String, String> ID_BY_NAME = new HashMap<>();

    static {
        for (CatalogueIndicator i : CATALOGUE.all()) {
            ID_BY_NAME.putIfAbsent(i.name(), i.id());
        }
    }

    /** The suffixes target-service gives the target of a change of an indicator (its growth, its decline). */
    private static final String[] CHANGE_SUFFIXES = {"·增长", "·下降"};

    private EventIndicators() {
    }

    /**
     * The catalogue id of a target's metric, the growth or decline of an indicator being the same indicator for a
     * filter; null for a free metric the catalogue does not hold.
     */
    public static String idOfTargetMetric(String metric) {
        if (metric == null) {
            return null;
        }
        String name = metric;
        for (String suffix : CHANGE_SUFFIXES) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return ID_BY_NAME.get(name);
    }

    /** The catalogue id a filter value names (an id or a canonical name); a 400 problem when it names none. */
    public static String filterId(String value) {
        String v = value.strip();
        if (CATALOGUE.byId(v).isPresent()) {
            return v;
        }
        String id = ID_BY_NAME.get(v);
        if (id == null) {
            throw new ProblemException(ProblemType.INVALID_FILTER,
                    "filter 'indicator' has the value '" + v + "', which is no catalogue indicator (an id such as "
                            + "gdp, or its canonical name); filter a metric outside the catalogue with 'metric'");
        }
        return id;
    }
}
