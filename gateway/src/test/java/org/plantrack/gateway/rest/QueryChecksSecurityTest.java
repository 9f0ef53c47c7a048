package org.plantrack.gateway.rest;

import org.plantrack.web.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13, finding 7: relayed reads refuse NUL and non-numeric numbers, and honour the documented year filter. */
class QueryChecksSecurityTest {

    private static MultivaluedMap<String, String> query(String... pairs) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return query;
    }

    private static void assertRefused(MultivaluedMap<String, String> query, List<String> path, String detail) {
        assertThatThrownBy(() -> QueryChecks.checked(query, path)).isInstanceOfSatisfying(ProblemException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains(detail);
                });
    }

    @Test
    void theYearFilterBecomesARangeOfOneYear() {
        MultivaluedMap<String, String> out = QueryChecks.checked(query("year", "2025", "region", "太原市"),
                List.of("indicators"));
        assertThat(out.get("yearFrom")).containsExactly("2025");
        assertThat(out.get("yearTo")).containsExactly("2025");
        assertThat(out).doesNotContainKey("year").containsKey("region");
        assertRefused(query("year", "2025", "yearFrom", "2021"), List.of("indicators"), "'year'");
    }

    @Test
    void nonNumericPagingAndYearsAreRefusedNamingTheParameter() {
        assertRefused(query("page", "abc"), List.of("indicators"), "'page'");
        assertRefused(query("size", "1e3"), List.of("targets"), "'size'");
        assertRefused(query("yearFrom", "二〇二五"), List.of("indicators"), "'yearFrom'");
        assertRefused(query("yearTo", "99999999999"), List.of("indicators"), "'yearTo'");
        assertThat(QueryChecks.checked(query("page", "2", "size", "50"), List.of("indicators")).getFirst("size"))
                .isEqualTo("50");
    }

    @Test
    void controlCharactersInFiltersOrIdsAreRefused() {
        assertRefused(query("region", "太原\u0000市"), List.of("indicators"), "'region'");
        assertRefused(query("metric", "a\u001bb"), List.of("indicators"), "'metric'");
        assertRefused(query(), List.of("targets", "7\u00008"), "path");
    }
}
