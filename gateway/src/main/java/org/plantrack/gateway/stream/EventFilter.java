package org.plantrack.gateway.stream;

import org.plantrack.web.problem.ProblemType;
import org.plantrack.web.problem.ProblemException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which events a subscriber wants: for each filter given (e.g. status=lagging,on_track), the event must carry one of
 * the listed values. Filters a stream does not have are not part of its filter. Two filters look further than the
 * attribute of their name: {@code region} takes a division and every division inside it, by code or name
 * ({@link EventRegions}; an event whose region names no division passes on its name only), and {@code indicator}
 * takes a catalogue indicator by id or canonical name ({@link EventIndicators}).
 */
public final class EventFilter {

    static final int MAX_VALUE_LENGTH = 256;
    static final int MAX_VALUES = 20;
    /**
     * Filters whose values form a closed set: a value outside it can never match, so it is a mistake (a typo, a
     * translated word) to report rather than a stream that silently stays empty.
     */
    static final Map<String, Set<String>> CLOSED_VALUES = Map.of(
            "kind", Set.of("target", "actual"),
            "type", Set.of("ADDED", "RETRACTED"),
            "status", Set.of("achieved", "on_track", "lagging", "no_data"),
            "statusChanged", Set.of("true", "false"),

            "state", Set.of("RECEIVED", "ANALYZED", "FAILED", "DELETED"));

    /** Per filter: the attributes and values of which the event must carry one (any attribute will do). */
    private final Map<String, Map<String, Set<String>>> accepted;

    private EventFilter(Map<String, Map<String, Set<String>>> accepted) {
        this.accepted = accepted;
    }

    public static EventFilter none() {
        return new EventFilter(Map.of());
    }

    /** Reads the filter from query parameters; oversized or too many values are refused (400), not truncated. */
    public static EventFilter parse(Map<String, List<String>> query, Set<String> supported) {
        Map<String, Map<String, Set<String>>> accepted = new LinkedHashMap<>();
        for (String key : supported) {
            List<String> raw = query.get(key);
            if (raw == null) {
                continue;
            }
            Set<String> values = raw.stream()
                    .flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (values.size() > MAX_VALUES || values.stream().anyMatch(v -> v.length() > MAX_VALUE_LENGTH)) {
                throw new ProblemException(ProblemType.INVALID_FILTER,
                        "filter '" + key + "' accepts at most " + MAX_VALUES + " values of at most "
                                + MAX_VALUE_LENGTH + " characters each");
            }
            Set<String> allowed = CLOSED_VALUES.get(key);
            if (allowed != null) {
                for (String value : values) {
                    if (!allowed.contains(value)) {
                        throw new ProblemException(ProblemType.INVALID_FILTER,
                                "filter '" + key + "' has the unknown value '" + value + "'; known: "
                                        + String.join(", ", new java.util.TreeSet<>(allowed)));
                    }
                }
            }
            if (!values.isEmpty()) {
                accepted.put(key, condition(key, values));
            }
        }
        return new EventFilter(Map.copyOf(accepted));
    }

    /** What the event must carry for one filter; a value that can never match is refused here (400). */
    private static Map<String, Set<String>> condition(String key, Set<String> values) {
        return switch (key) {
            case "region" -> {
                Set<String> names = new LinkedHashSet<>();
                Set<String> codes = new LinkedHashSet<>();
                for (String value : values) {
                    var region = EventRegions.filterRegion(value);
                    if (region != null) {
                        codes.add(region.code());
                    }
                    if (!EventRegions.isCode(value)) {
                        names.add(value); // also the events still carrying this very name, resolved or not
                    }
                }
                Map<String, Set<String>> either = new LinkedHashMap<>();
                either.put("region", Set.copyOf(names));
                either.put(EventRegions.SCOPE, Set.copyOf(codes));
                yield Map.copyOf(either);
            }
            case "indicator" -> Map.of(EventIndicators.ATTRIBUTE,
                    values.stream().map(EventIndicators::filterId).collect(Collectors.toUnmodifiableSet()));
            default -> Map.of(key, Set.copyOf(values));
        };
    }

    public boolean matches(Map<String, List<String>> attributes) {
        for (Map<String, Set<String>> condition : accepted.values()) {
            if (condition.entrySet().stream().noneMatch(c -> carriesAny(attributes.get(c.getKey()), c.getValue()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean carriesAny(List<String> carried, Set<String> wanted) {
        return carried != null && carried.stream().anyMatch(wanted::contains);
    }

    @Override
    public String toString() {
        return accepted.toString();
    }
}
