package org.plantrack.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One round of the relay on one connection, inside the caller's transaction: claim a batch, hold back what would
 * overtake another relay's older rows of the same key, send the rest, and record the outcome in the store (marked
 * only after the acknowledgements). The caller commits; a crash before the commit leaves every row pending, to be
 * sent again (at least once). Plain Java, so tests run several rounds side by side without the application.
 */
public final class OutboxRound {

    private final OutboxStore store;
    private final OutboxSender sender;

    public OutboxRound(OutboxStore store, OutboxSender sender) {
        this.store = store;
        this.sender = sender;
    }

    /**
     * What one round did.
     *
     * @param claimed how many rows it claimed (a full batch means more may wait)
     * @param held    rows held back because an older row of one of their keys is another relay's
     */
    public record Result(int claimed, int held, OutboxSender.Outcome outcome) {

        public static final Result NOTHING = new Result(0, 0,
                new OutboxSender.Outcome(List.of(), Map.of(), null, null));
    }

    public Result run(Connection connection, int batchRows) throws SQLException {
        List<OutboxRow> claimed = store.claim(connection, batchRows);
        if (claimed.isEmpty()) {
            return Result.NOTHING;
        }
        List<Long> ids = new ArrayList<>(claimed.size());
        claimed.forEach(row -> ids.add(row.id()));
        long last = claimed.get(claimed.size() - 1).id();
        List<OutboxRow> sendable = KeyOrder.sendable(claimed, store.keysOfOtherPendingRows(connection, last, ids));
        OutboxSender.Outcome outcome = sender.send(sendable);
        store.markPublished(connection, outcome.published());
        for (Map.Entry<OutboxRow, String> given : outcome.givenUp().entrySet()) {
            store.giveUp(connection, given.getKey(), given.getValue());
        }
        if (outcome.failed() != null) {
            store.recordFailure(connection, outcome.failed(), outcome.failure());
        }
        return new Result(claimed.size(), claimed.size() - sendable.size(), outcome);
    }
}
