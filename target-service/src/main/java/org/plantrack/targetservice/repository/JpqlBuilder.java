package org.plantrack.targetservice.repository;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects where-clauses and their parameters; fields of a sort expression are checked against a whitelist. */
final class JpqlBuilder {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters params = new Parameters();

    JpqlBuilder where(String clause, String name, Object value) {
        clauses.add(clause);
        params.and(name, value);
        return this;
    }

    JpqlBuilder where(String clause) {
        clauses.add(clause);
        return this;
    }

    String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    Parameters params() {
        return params;
    }

    static String like(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static Sort sort(String expression, Map<String, String> allowed, Sort fallback) {
        if (expression == null || expression.isBlank()) {
            return fallback;
        }
        Sort sort = null;
        for (String part : expression.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean desc = p.startsWith("-");
            String name = desc || p.startsWith("+") ? p.substring(1) : p;
            String field = allowed.get(name);
            if (field == null) {
                throw new ProblemException(ProblemType.INVALID_PARAMETER,
                        "cannot sort by '" + name + "'; allowed: " + allowed.keySet());
            }
            Sort.Direction d = desc ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(field, d, Sort.NullPrecedence.NULLS_LAST)
                    : sort.and(field, d, Sort.NullPrecedence.NULLS_LAST);
        }
        return sort == null ? fallback : sort;
    }
}
