package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.domain.Indicator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts the new indicators of one set as ONE statement. Persisted as entities, a plan document's ~69 indicators
 * cost an insert action each in Hibernate (~10 % of target-service's CPU in the load benchmark) and reached
 * PostgreSQL as several multi-row statements (the driver rewrites a JDBC batch in chunks of 32, 16, 2, 1 rows),
 * each of which ran the statement-level trigger that folds new rows into the statement groups (V7): the largest
 * PostgreSQL cost of applying a set. Values travel as text arrays cast in SQL (numbers as
 * {@link BigDecimal#toPlainString()} writes them). Plain JDBC on the caller's connection: it joins the caller's
 * transaction. A column added to {@code indicator} (and a field to {@link Indicator}) must be added to
 * {@code COLUMNS}, {@code TYPES} and {@link #insert} too, or new indicators are stored without it.
 */
public final class IndicatorRows {

    private static final String[] COLUMNS = {"id", "document_id", "analysis_run", "metric", "canonical_metric",
            "value", "unit", "canonical_value", "canonical_unit", "kind", "qualifier", "change", "baseline",
            "canonical_baseline", "year", "inferred_year", "sentence", "start_offset", "end_offset",
            "cleaned_value_start", "cleaned_value_end", "cleaned_sentence_start", "cleaned_sentence_end", "domain",
            "confidence", "region", "region_level", "plan_period", "period", "target_id", "created_at", "catalogue_id",
            "catalogue_name", "attribute", "region_code", "region_parent_code"};
    private static final String[] TYPES = {"text", "text", "int", "text", "text", "numeric", "text", "numeric",
            "text", "text", "text", "text", "numeric", "numeric", "int", "int", "text", "int", "int", "int", "int",
            "int", "int", "text", "double precision", "text", "text", "text", "text", "bigint", "timestamptz", "text",
            "text", "text", "text", "text"};
    private static final String INSERT = insertStatement();

    private IndicatorRows() {
    }

    private static String insertStatement() {
        StringBuilder sql = new StringBuilder("insert into indicator (").append(String.join(", ", COLUMNS))
                .append(") select ");
        for (int c = 0; c < COLUMNS.length; c++) {
            sql.append(c == 0 ? "" : ", ").append("u.").append(COLUMNS[c]).append("::").append(TYPES[c]);
        }
        sql.append(" from unnest(");
        for (int c = 0; c < COLUMNS.length; c++) {
            sql.append(c == 0 ? "" : ", ").append("?::text[]");
        }
        return sql.append(") as u(").append(String.join(", ", COLUMNS)).append(')').toString();
    }

    /** Inserts the given indicators (target ids set) in list order; nothing for none. */
    public static void insert(Connection connection, List<Indicator> indicators) throws SQLException {
        if (indicators.isEmpty()) {
            return;
        }
        int n = indicators.size();
        String[][] columns = new String[COLUMNS.length][n];
        for (int r = 0; r < n; r++) {
            Indicator i = indicators.get(r);
            int c = 0;
            columns[c++][r] = i.id;
            columns[c++][r] = i.documentId;
            columns[c++][r] = Integer.toString(i.analysisRun);
            columns[c++][r] = i.metric;
            columns[c++][r] = i.canonicalMetric;
            columns[c++][r] = plain(i.value);
            columns[c++][r] = i.unit;
            columns[c++][r] = plain(i.canonicalValue);
            columns[c++][r] = i.canonicalUnit;
            columns[c++][r] = i.kind;
            columns[c++][r] = i.qualifier;
            columns[c++][r] = i.change;
            columns[c++][r] = plain(i.baseline);
            columns[c++][r] = plain(i.canonicalBaseline);
            columns[c++][r] = text(i.year);
            columns[c++][r] = text(i.inferredYear);
            columns[c++][r] = i.sentence;
            columns[c++][r] = Integer.toString(i.start);
            columns[c++][r] = Integer.toString(i.end);
            columns[c++][r] = i.cleaned == null ? null : text(i.cleaned.valueStart);
            columns[c++][r] = i.cleaned == null ? null : text(i.cleaned.valueEnd);
            columns[c++][r] = i.cleaned == null ? null : text(i.cleaned.sentenceStart);
            columns[c++][r] = i.cleaned == null ? null : text(i.cleaned.sentenceEnd);
            columns[c++][r] = i.domain;
            columns[c++][r] = Double.toString(i.confidence);
            columns[c++][r] = i.region;
            columns[c++][r] = i.regionLevel;
            columns[c++][r] = i.planPeriod;
            columns[c++][r] = i.period;
            columns[c++][r] = text(i.targetId);
            columns[c++][r] = text(i.createdAt);
            columns[c++][r] = i.catalogueId;
            columns[c++][r] = i.catalogueName;
            columns[c++][r] = i.attribute;
            columns[c++][r] = i.regionCode;
            columns[c][r] = i.regionParentCode;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int c = 0; c < COLUMNS.length; c++) {
                insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            insert.executeUpdate();
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
