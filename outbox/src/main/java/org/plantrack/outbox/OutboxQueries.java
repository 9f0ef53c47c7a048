package org.plantrack.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The two queries of an {@link OutboxStore} that every store runs the same way over its own table and columns: the
 * statements differ per table, binding them and reading their answer does not.
 */
public final class OutboxQueries {

    private OutboxQueries() {
    }

    /**
     * For {@link OutboxStore#keysOfOtherPendingRows}: {@code sql} selects one text column (the message keys) and has
     * two parameters, the id below which rows count and the bigint array of the claimed ids to leave out.
     */
    public static Set<String> keysOfOtherPendingRows(Connection connection, String sql, long belowId,
                                                     Collection<Long> claimed) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, belowId);
            select.setArray(2, connection.createArrayOf("bigint", claimed.toArray()));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
        }
        return keys;
    }

    /** For {@link OutboxStore#pending}: {@code sql} selects the count of pending rows and their oldest timestamp. */
    public static PendingRows pending(Connection connection, String sql) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(sql); ResultSet r = count.executeQuery()) {
            r.next();
            Timestamp oldest = r.getTimestamp(2);
            return new PendingRows(r.getLong(1), oldest == null ? null : oldest.toInstant());
        }
    }
}
