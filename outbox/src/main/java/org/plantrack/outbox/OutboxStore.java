package org.plantrack.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A service's outbox table as the relay sees it. Each service keeps the table its changes are written to (its own
 * migrations, its own columns); this interface is all the relay needs from it. Every method runs on the relay's
 * connection inside the relay's transaction, so what it changes commits or rolls back with the round.
 * {@link ChangeTable} implements it for tables that hold the records themselves.
 */
public interface OutboxStore {

    /**
     * Up to {@code limit} pending rows in id order, locked for the caller's transaction with
     * {@code FOR UPDATE SKIP LOCKED}: rows another relay holds are skipped, never waited for or sent twice.
     */
    List<OutboxRow> claim(Connection connection, int limit) throws SQLException;

    /**
     * The keys of pending rows with an id below {@code belowId} that are not among {@code claimed}: rows another
     * relay holds right now. A claimed row sharing one of these keys must wait, or its records would overtake
     * older records of the same key ({@link KeyOrder}).
     */
    Set<String> keysOfOtherPendingRows(Connection connection, long belowId, Collection<Long> claimed)
            throws SQLException;

    /** The rows every record of which the broker acknowledged: never sent again. */
    void markPublished(Connection connection, List<OutboxRow> rows) throws SQLException;

    /**
     * The broker refused a record of this row for good (too large, invalid): sending it again cannot help, and the
     * rows behind it must not wait for it. The store records that (and, say, fails the document it announced).
     */
    void giveUp(Connection connection, OutboxRow row, String reason) throws SQLException;

    /** A send of this row failed and will be tried again in a later round; a store may note the attempt. */
    default void recordFailure(Connection connection, OutboxRow row, String reason) throws SQLException {
    }

    /** The backlog, for the pending-rows and oldest-age gauges. */
    PendingRows pending(Connection connection) throws SQLException;
}
