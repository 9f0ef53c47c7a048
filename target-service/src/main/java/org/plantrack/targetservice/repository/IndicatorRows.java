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
 * transaction. The columns and their values come from {@link IndicatorColumn}, the one list of them.
 */
final class IndicatorRows {

    private static final IndicatorColumn[] COLUMNS = IndicatorColumn.values();
    private static final String INSERT = insertStatement();

    private IndicatorRows() {
    }

    private static String insertStatement() {
        StringBuilder names = new StringBuilder();
        StringBuilder casts = new StringBuilder();
        StringBuilder arrays = new StringBuilder();
        for (IndicatorColumn c : COLUMNS) {
            String sep = names.isEmpty() ? "" : ", ";
            names.append(sep).append(c.column());
            casts.append(sep).append("u.").append(c.column()).append("::").append(c.sqlType());
            arrays.append(sep).append("?::text[]");
        }
        return "insert into indicator (" + names + ") select " + casts + " from unnest(" + arrays + ") as u("
                + names + ")";
    }

    /** Inserts the given indicators (target ids set) in list order; nothing for none. */
    static void insert(Connection connection, List<Indicator> indicators) throws SQLException {
        if (indicators.isEmpty()) {
            return;
        }
        int n = indicators.size();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int c = 0; c < COLUMNS.length; c++) {
                String[] column = new String[n];
                for (int r = 0; r < n; r++) {
                    column[r] = COLUMNS[c].text(indicators.get(r));
                }
                insert.setArray(c + 1, connection.createArrayOf("text", column));
            }
            insert.executeUpdate();
        }
    }
}
