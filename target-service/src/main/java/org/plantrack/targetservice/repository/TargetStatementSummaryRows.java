package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.service.StatedSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The target statements of some targets summarised as one row per target ({@link StatedSummary}): counts, and the
 * current value of each target's year with the latest date's conflict, with the rules of TargetRevisions. One
 * statement, plain JDBC on the caller's connection (so it sees the caller's flushed writes).
 * <p>
 * WHY kept tables: applying a set used to read every target statement of each touched target (first into Java, then
 * folded in SQL); in the load benchmark every copy of a plan states the same ~30 targets again, so every document
 * cost more than the one before, inside the transaction that holds the targets' row locks. Triggers (migration
 * V11_5) keep per target and document what the fold needs; this reads per target its tally row, the first row of an
 * index for its year and unit (the latest date, then the last document in id order: the current value), and the
 * distinct values of that date (one row per value) - a few index probes, however many documents state the target.
 */
public final class TargetStatementSummaryRows {

    private static final String SELECT = """
            select w.target_id, t.statements, t.binding, t.anticipatory, l.value,
                   (select count(*) from target_statement_value v
                    where v.target_id = w.target_id and v.year = w.year and v.unit = w.unit and v.date = l.date)
            from unnest(?::bigint[], ?::int[], ?::text[]) as w(target_id, year, unit)
                 join target_statement_tally t on t.target_id = w.target_id
                 left join lateral (
                     select d.date, d.value from target_statement_document d
                     where d.target_id = w.target_id and d.year = w.year and d.unit = w.unit
                     order by d.date desc, d.document_id desc
                     limit 1) l on true
            """;

    /** A target and the year and canonical unit its statements compete for (from its statement groups). */
    public record Wanted(long targetId, Integer year, String canonicalUnit) {
    }

    private TargetStatementSummaryRows() {
    }

    /** The summary of each given target's statements; targets without any are absent. */
    public static Map<Long, StatedSummary> read(Connection connection, List<Wanted> wanted) throws SQLException {
        Map<Long, StatedSummary> out = new TreeMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        int n = wanted.size();
        Long[] ids = new Long[n];
        Integer[] years = new Integer[n];
        String[] units = new String[n];
        for (int k = 0; k < n; k++) {
            Wanted w = wanted.get(k);
            ids[k] = w.targetId();
            years[k] = w.year();
            // the kept tables write "no unit" as '' (a blank unit is none, as in TargetRevisions)
            units[k] = w.canonicalUnit() == null || w.canonicalUnit().isBlank() ? "" : w.canonicalUnit();
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setArray(1, connection.createArrayOf("bigint", ids));
            select.setArray(2, connection.createArrayOf("integer", years));
            select.setArray(3, connection.createArrayOf("text", units));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), new StatedSummary(r.getInt(2), r.getInt(3), r.getInt(4),
                            r.getBigDecimal(5), r.getInt(6) > 1));
                }
            }
        }
        return out;
    }
}
