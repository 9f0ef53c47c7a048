package org.plantrack.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An outbox table that holds the records themselves, one row per committed change (target-service's migration V5):
 * <pre>
 * id bigserial, created_at timestamptz, traceparent varchar(55),
 * topics text[], message_keys text[], payloads text[]   -- record n is (topics[n], message_keys[n], payloads[n])
 * </pre>
 * A published row is deleted, so every row in the table is pending. Payloads are texts (event JSON), kept byte for
 * byte as they are published. A row given up is deleted too: the relay has logged it with its reason and counted it.
 * Plain JDBC on the caller's connection, so a write joins the transaction of the change it announces.
 */
public final class ChangeTable implements OutboxStore {

    private final String table;

    /** @param table the table's name (a constant of the service, never input) */
    public ChangeTable(String table) {
        if (!table.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain table name: " + table);
        }
        this.table = table;
    }

    /**
     * Writes the records of one change as one row, in the order they are to be published; nothing for no records.
     * Call it in the transaction of the change, then fire {@link OutboxWritten} so the relay starts after the commit.
     */
    public void insert(Connection connection, List<OutboxRecord> records, String traceparent) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        String[] topics = new String[records.size()];
        String[] keys = new String[records.size()];
        String[] payloads = new String[records.size()];
        for (int n = 0; n < records.size(); n++) {
            OutboxRecord r = records.get(n);
            topics[n] = r.topic();
            keys[n] = r.key();
            payloads[n] = r.payloadText();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table
                + " (topics, message_keys, payloads, traceparent, created_at) values (?, ?, ?, ?, ?)")) {
            insert.setArray(1, connection.createArrayOf("text", topics));
            insert.setArray(2, connection.createArrayOf("text", keys));
            insert.setArray(3, connection.createArrayOf("text", payloads));
            insert.setString(4, traceparent);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    @Override
    public List<OutboxRow> claim(Connection connection, int limit) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, traceparent, topics, message_keys, "
                + "payloads from " + table + " order by id limit ? for update skip locked")) {
            select.setInt(1, limit);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    String[] topics = strings(r.getArray(3));
                    String[] keys = strings(r.getArray(4));
                    String[] payloads = strings(r.getArray(5));
                    List<OutboxRecord> records = new ArrayList<>(topics.length);
                    for (int n = 0; n < topics.length; n++) {
                        records.add(OutboxRecord.of(topics[n], keys[n], payloads[n]));
                    }
                    rows.add(OutboxRow.of(r.getLong(1), null, r.getString(2), records));
                }
            }
        }
        return rows;
    }

    @Override
    public Set<String> keysOfOtherPendingRows(Connection connection, long belowId, Collection<Long> claimed)
            throws SQLException {
        return OutboxQueries.keysOfOtherPendingRows(connection, "select distinct unnest(message_keys) from " + table
                + " where id < ? and id <> all(?)", belowId, claimed);
    }

    @Override
    public void markPublished(Connection connection, List<OutboxRow> rows) throws SQLException {
        delete(connection, rows.stream().map(OutboxRow::id).toArray(Long[]::new));
    }

    @Override
    public void giveUp(Connection connection, OutboxRow row, String reason) throws SQLException {
        delete(connection, new Long[] {row.id()});
    }

    @Override
    public PendingRows pending(Connection connection) throws SQLException {
        return OutboxQueries.pending(connection, "select count(*), min(created_at) from " + table);
    }

    private void delete(Connection connection, Long[] ids) throws SQLException {
        if (ids.length == 0) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where id = any(?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", ids));
            delete.executeUpdate();
        }
    }

    private static String[] strings(Array array) throws SQLException {
        try {
            return (String[]) array.getArray();
        } finally {
            array.free();
        }
    }
}
