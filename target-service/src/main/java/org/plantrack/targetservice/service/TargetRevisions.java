package org.plantrack.targetservice.service;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which value of a target year is current and which are earlier revisions. Plans are revised: a mid-term adjustment
 * or the next year's work report restates a target with another value. The value of the latest document (by its
 * date; its analysis time when the text gives none) is current; a different value of an earlier document is kept as
 * a revision; documents of the same date stating different values are a conflict. Each document counts once, with
 * the value it states most often. Stateless.
 */
public final class TargetRevisions {

    /**
     * An earlier value of the target, in the target's unit.
     *
     * @param conflict true when another document of the same date states a different value
     */
    public record Revision(BigDecimal value, String unit, String documentId, String documentDate, boolean conflict) {
    }

    /**
     * @param current   the current canonical value of the target year, null when no comparable statement exists
     * @param revisions earlier values, oldest first
     * @param conflict  true when documents of the latest date disagree
     */
    public record Outcome(BigDecimal current, List<Revision> revisions, boolean conflict) {
        static final Outcome NONE = new Outcome(null, List.of(), false);
    }

    /** One document's statement of the year's value. */
    private record DocumentValue(String documentId, String date, BigDecimal canonical) {
    }

    private TargetRevisions() {
    }

    /**
     * @param stated        the target statements of one target
     * @param targetYear    the year the target is due (only its statements compete)
     * @param canonicalUnit the unit the target's values compare in (statements in another unit are left out)
     * @param factor        canonical value = value in the target's unit × factor
     * @param unit          the target's unit, for the revisions' values
     */
    public static Outcome of(List<StatedTarget> stated, Integer targetYear, String canonicalUnit, BigDecimal factor,
                             String unit) {
        if (targetYear == null || stated.isEmpty()) {
            return Outcome.NONE;
        }
        Map<String, List<StatedTarget>> byDocument = new LinkedHashMap<>();
        for (StatedTarget s : stated) {
            if (targetYear.equals(s.year()) && s.canonicalValue() != null
                    && Objects.equals(blankToNull(canonicalUnit), blankToNull(s.canonicalUnit()))) {
                byDocument.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s);
            }
        }
        if (byDocument.isEmpty()) {
            return Outcome.NONE;
        }
        List<DocumentValue> values = new ArrayList<>();
        byDocument.forEach((document, statements) -> values.add(new DocumentValue(document, dateOf(statements),
                mostStated(statements))));
        values.sort(Comparator.comparing(DocumentValue::date).thenComparing(DocumentValue::documentId));

        Map<String, Long> distinctPerDate = new HashMap<>();
        Map<String, java.util.Set<BigDecimal>> valuesPerDate = new TreeMap<>();
        for (DocumentValue v : values) {
            valuesPerDate.computeIfAbsent(v.date(), k -> new java.util.HashSet<>()).add(v.canonical());
        }
        valuesPerDate.forEach((date, set) -> distinctPerDate.put(date, (long) set.size()));

        String latestDate = values.get(values.size() - 1).date();
        BigDecimal current = values.stream().filter(v -> v.date().equals(latestDate))
                .map(DocumentValue::canonical).reduce((a, b) -> b).orElseThrow();
        List<Revision> revisions = new ArrayList<>();
        for (DocumentValue v : values) {
            if (!v.date().equals(latestDate) && v.canonical().compareTo(current) != 0) {
                revisions.add(new Revision(TargetCalculator.display(v.canonical(), factor), blankToNull(unit),
                        v.documentId(), v.date(), distinctPerDate.get(v.date()) > 1));
            }
        }
        return new Outcome(current, List.copyOf(revisions), distinctPerDate.get(latestDate) > 1);
    }

    /**
     * A document's date as sortable text: its stated date (ISO, at any precision: 2021 sorts before 2021-03), else
     * the day it was analysed.
     */
    static String dateOf(List<StatedTarget> statements) {
        for (StatedTarget s : statements) {
            if (s.documentDate() != null && !s.documentDate().isBlank()) {
                return s.documentDate().strip();
            }
        }
        return statements.stream().map(StatedTarget::analysedAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(t -> t.atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("");
    }

    /** The value a document states most often; on a tie the largest (deterministic whatever the row order). */
    private static BigDecimal mostStated(List<StatedTarget> statements) {
        Map<BigDecimal, Integer> counts = new TreeMap<>();
        for (StatedTarget s : statements) {
            counts.merge(Numbers.clean(s.canonicalValue()), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<BigDecimal, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
