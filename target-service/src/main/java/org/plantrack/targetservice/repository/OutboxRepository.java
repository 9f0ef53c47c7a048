package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.domain.OutboxChange;
import org.plantrack.targetservice.domain.OutboxRecord;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox table in plain JDBC, one row per committed change (migration V5). Plain JDBC on the caller's
 * connection, so it joins whatever transaction the caller runs (the apply transaction writes, the publisher's own
 * transaction locks and deletes) and tests can drive it without the application.
 */
public final class OutboxRepository {

    private OutboxRepository() {
    }

    /** Writes all records of one change as one row (one insert, whatever their number). Nothing for no records. */
    public static void insert(Connection connection, List<OutboxRecord> records, String traceparent, Instant now)
            throws SQLException {
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
            payloads[n] = r.payload();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into outbox "
                + "(topics, message_keys, payloads, traceparent, created_at) values (?, ?, ?, ?, ?)")) {
            insert.setArray(1, connection.createArrayOf("text", topics));
            insert.setArray(2, connection.createArrayOf("text", keys));
            insert.setArray(3, connection.createArrayOf("text", payloads));
            insert.setString(4, traceparent);
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    /**
     * Up to {@code limit} rows in id order (the order of their commits' writes), locked for the caller's
     * transaction; rows another publisher holds are skipped, so two instances never publish the same row at once.
     */
    public static List<OutboxChange> lockOldest(Connection connection, int limit) throws SQLException {
        List<OutboxChange> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, traceparent, topics, message_keys, "
                + "payloads from outbox order by id limit ? for update skip locked")) {
            select.setInt(1, limit);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    String[] topics = strings(r.getArray(3));
                    String[] keys = strings(r.getArray(4));
                    String[] payloads = strings(r.getArray(5));
                    List<OutboxRecord> records = new ArrayList<>(topics.length);
                    for (int n = 0; n < topics.length; n++) {
                        records.add(new OutboxRecord(topics[n], keys[n], payloads[n]));
                    }
                    rows.add(new OutboxChange(r.getLong(1), r.getString(2), records));
                }
            }
        }
        return rows;
    }

    /** Deletes the given rows (published ones) in one statement. */
    public static int delete(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from outbox where id = any(?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
            return delete.executeUpdate();
        }
    }

    /** How many rows wait (each a whole change). */
    public static long count(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from outbox");
             ResultSet r = count.executeQuery()) {
            r.next();
            return r.getLong(1);
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
