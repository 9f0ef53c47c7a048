package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.service.StatedSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The target statements of some targets folded into one row per target ({@link StatedSummary}): counts, and the
 * current value of each target's year with the latest date's conflict, found with the rules of TargetRevisions. One
 * statement, plain JDBC on the caller's connection (so it sees the caller's flushed writes).
 * <p>
 * WHY in SQL: applying a set used to read every target statement of each touched target into Java (TargetStatementRows)
 * to find one value; a target quoted by many documents made every further document slower to apply, inside the
 * transaction that holds the target's row lock, so the other consumer waited longer too. PostgreSQL still visits the
 * statements (index {@code indicator_target_statements}), but returns one row per target.
 * <p>
 * The rules, as TargetRevisions applies them: only statements of the target year (stated, else inferred) in the
 * target's canonical unit compete; each document counts once, with the value it states most often (the largest on
 * a tie); a document's date is its stated date, else the day its earliest such statement was stored (UTC); the
 * current value is the latest date's, of the last document in id order; dates and ids compare in "C" order, as
 * Java's String does.
 */
public final class TargetStatementSummaryRows {

    private static final String SELECT = """
            with wanted as (
                select * from unnest(?::bigint[], ?::int[], ?::text[]) as w(target_id, year, unit)
            ), stated as (
                select i.target_id, i.document_id, i.attribute, i.year, i.inferred_year, i.canonical_value,
                       i.canonical_unit, i.created_at
                from indicator i
                where i.target_id = any(?) and i.kind = 'target'
            ), counted as (
                select i.target_id, count(*) as statements,
                       count(*) filter (where i.attribute = 'binding') as binding,
                       count(*) filter (where i.attribute = 'anticipatory') as anticipatory
                from stated i
                group by i.target_id
            ), per_value as (
                select i.target_id, i.document_id, trim_scale(i.canonical_value) as value, count(*) as members,
                       min(i.created_at) as first_at
                from stated i join wanted w on w.target_id = i.target_id
                where coalesce(i.year, i.inferred_year) = w.year
                  and i.canonical_value is not null
                  and (case when btrim(i.canonical_unit) = '' then null else i.canonical_unit end)
                      is not distinct from w.unit
                group by i.target_id, i.document_id, trim_scale(i.canonical_value)
            ), per_document as (
                select v.target_id, v.document_id,
                       (array_agg(v.value order by v.members desc, v.value desc))[1] as value,
                       min(v.first_at) as first_at
                from per_value v
                group by v.target_id, v.document_id
            ), dated as (
                select p.target_id, p.document_id collate "C" as document_id, p.value,
                       coalesce(nullif(btrim(d.document_date), ''),
                                to_char(p.first_at at time zone 'UTC', 'YYYY-MM-DD'), '') collate "C" as date
                from per_document p left join document_run d on d.document_id = p.document_id
            ), latest as (
                select distinct on (target_id) target_id, date, document_id, value
                from dated
                order by target_id, date desc, document_id desc
            ), latest_values as (
                -- a join, not a subquery per target: that scanned every folded row once per target
                select x.target_id, count(distinct x.value) as distinct_values
                from dated x join latest l on l.target_id = x.target_id and l.date = x.date
                group by x.target_id
            )
            select c.target_id, c.statements, c.binding, c.anticipatory, l.value, coalesce(v.distinct_values, 0)
            from counted c left join latest l on l.target_id = c.target_id
                 left join latest_values v on v.target_id = c.target_id
            """;

    /** A target and the year and canonical unit its statements compete for (from its statement groups). */
    public record Wanted(long targetId, Integer year, String canonicalUnit) {
    }

    private TargetStatementSummaryRows() {
    }

    /** The summary of each given target's statements; targets without any are absent. */
    public static Map<Long, StatedSummary> read(Connection connection, java.util.List<Wanted> wanted)
            throws SQLException {
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
            units[k] = w.canonicalUnit() == null || w.canonicalUnit().isBlank() ? null : w.canonicalUnit();
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setArray(1, connection.createArrayOf("bigint", ids));
            select.setArray(2, connection.createArrayOf("integer", years));
            select.setArray(3, connection.createArrayOf("text", units));
            select.setArray(4, connection.createArrayOf("bigint", ids));
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
