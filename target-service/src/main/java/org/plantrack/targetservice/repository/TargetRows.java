package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.domain.Target;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The targets one indicator set changes, read and written as plain rows: one locking SELECT of all of them and,
 * once their summaries are recomputed, one UPDATE for all of them and one DELETE for those left without
 * indicators. A plan document changes ~64 targets; as managed entities they cost an HQL query with an IN list of
 * that many parameters (interpreted anew for every length), hydration, a snapshot and a dirty check each, and one
 * UPDATE statement each at the flush (batched over the wire, but executed one by one in PostgreSQL); that was ~17 %
 * of target-service's CPU in the load benchmark. The {@link Target} objects returned are not managed: nothing is
 * written for them unless {@link #write} is called. Values are written as text arrays cast in SQL, so a number
 * reaches its column exactly as {@link BigDecimal#toPlainString()} writes it. Plain JDBC on the caller's connection:
 * it joins the caller's transaction. The columns read and written come from {@link TargetColumn}, the one list of
 * them: the SELECT reads every column, the UPDATE writes the summary ones.
 */
final class TargetRows {

    private static final TargetColumn[] ALL = TargetColumn.values();
    private static final TargetColumn[] SUMMARY = Arrays.stream(ALL).filter(TargetColumn::isSummary)
            .toArray(TargetColumn[]::new);

    private static final String SELECT = "select " + Arrays.stream(ALL).map(TargetColumn::column)
            .collect(Collectors.joining(", ")) + " from target where id = any(?) order by id for update";

    private static final String UPDATE = updateStatement();

    private TargetRows() {
    }

    private static String updateStatement() {
        String names = Arrays.stream(SUMMARY).map(TargetColumn::column).collect(Collectors.joining(", "));
        String sets = Arrays.stream(SUMMARY).map(c -> c.column() + " = u." + c.column() + "::" + c.sqlType())
                .collect(Collectors.joining(", "));
        String arrays = Arrays.stream(SUMMARY).map(c -> "?::text[]").collect(Collectors.joining(", "));
        return "update target t set " + sets + " from unnest(?::bigint[], " + arrays + ") as u(id, " + names
                + ") where t.id = u.id";
    }

    /** The given targets as they are now, locked for the caller's transaction (in id order), detached. */
    static List<Target> lockAndRead(Connection connection, List<Long> ids) throws SQLException {
        List<Target> targets = new ArrayList<>(ids.size());
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setArray(1, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    Target t = new Target();
                    for (int c = 0; c < ALL.length; c++) {
                        ALL[c].read(r, c + 1, t);
                    }
                    targets.add(t);
                }
            }
        }
        return targets;
    }

    /** Stores the summary columns of {@code updated} and deletes the rows of {@code removed}. */
    static void write(Connection connection, List<Target> updated, List<Long> removed) throws SQLException {
        if (!updated.isEmpty()) {
            int n = updated.size();
            Long[] ids = new Long[n];
            for (int i = 0; i < n; i++) {
                ids[i] = updated.get(i).id;
            }
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setArray(1, connection.createArrayOf("bigint", ids));
                for (int c = 0; c < SUMMARY.length; c++) {
                    String[] column = new String[n];
                    for (int i = 0; i < n; i++) {
                        column[i] = SUMMARY[c].text(updated.get(i));
                    }
                    update.setArray(c + 2, connection.createArrayOf("text", column));
                }
                update.executeUpdate();
            }
        }
        if (!removed.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement("delete from target where id = any(?)")) {
                delete.setArray(1, connection.createArrayOf("bigint", removed.toArray(Long[]::new)));
                delete.executeUpdate();
            }
        }
    }
}
