package org.plantrack.gateway.rest;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;
import java.util.Set;

/**
 * The checks a relayed read gets before it reaches a service, so bad input is a 400 problem naming the parameter
 * rather than whatever the service makes of it (a 404 for a page that is no number, a 500 for a NUL the database
 * refuses): no control character in any parameter or path segment, whole numbers where numbers belong. It also
 * turns the documented {@code year} filter into the service's {@code yearFrom}/{@code yearTo}.
 */
final class QueryChecks {

    /** Parameters the services read as whole numbers. */
    private static final Set<String> NUMBERS = Set.of("page", "size", "year", "yearFrom", "yearTo");

    private QueryChecks() {
    }

    static MultivaluedMap<String, String> checked(MultivaluedMap<String, String> query, List<String> path) {
        for (String segment : path) {
            if (hasControlCharacter(segment)) {
                throw invalid("the path holds a control character (such as NUL); ids are printable text");
            }
        }
        MultivaluedMap<String, String> out = new MultivaluedHashMap<>();
        for (var entry : query.entrySet()) {
            String name = entry.getKey();
            if (hasControlCharacter(name)) {
                throw invalid("a parameter name holds a control character (such as NUL)");
            }
            for (String value : entry.getValue()) {
                if (hasControlCharacter(value)) {
                    throw invalid("parameter '" + name + "' holds a control character (such as NUL)");
                }
                if (NUMBERS.contains(name) && !value.strip().matches("-?[0-9]{1,9}")) {
                    throw invalid("parameter '" + name + "' must be a whole number");
                }
            }
            out.put(name, entry.getValue());
        }
        List<String> year = out.remove("year");
        if (year != null) {
            if (out.containsKey("yearFrom") || out.containsKey("yearTo") || year.size() > 1) {
                throw invalid("parameter 'year' names one year; for a range use yearFrom and yearTo instead");
            }
            out.putSingle("yearFrom", year.get(0).strip());
            out.putSingle("yearTo", year.get(0).strip());
        }
        return out;
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail);
    }
}
