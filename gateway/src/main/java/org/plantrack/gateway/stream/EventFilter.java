package org.plantrack.gateway.stream;

import org.plantrack.web.problem.ProblemType;
import org.plantrack.web.problem.ProblemException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which events a subscriber wants: for each attribute given (e.g. region=太原市,大同市), the event must carry one of
 * the listed values. Attributes a stream does not have are not part of its filter.
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

    private final Map<String, Set<String>> accepted;

    private EventFilter(Map<String, Set<String>> accepted) {
        this.accepted = accepted;
    }

    public static EventFilter none() {
        return new EventFilter(Map.of());
    }

    /** Reads the filter from query parameters; oversized or too many values are refused (400), not truncated. */
    public static EventFilter parse(Map<String, List<String>> query, Set<String> supported) {
        Map<String, Set<String>> accepted = new LinkedHashMap<>();
        for (String key : supported) {
            List<String> raw = query.get(key);
            if (raw == null) {
                continue;
            }
            Set<String> values = raw.stream()
                    .flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
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
                accepted.put(key, values);
            }
        }
        return new EventFilter(Map.copyOf(accepted));
    }

    public boolean matches(Map<String, List<String>> attributes) {
        for (var entry : accepted.entrySet()) {
            List<String> values = attributes.getOrDefault(entry.getKey(), List.of());
            if (values.stream().noneMatch(entry.getValue()::contains)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return accepted.toString();
    }
}
