package org.plantrack.outbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One claimed outbox row: the records of one committed change, published in this order.
 *
 * @param id          the row's id; ids grow with the writes, and rows go out in id order
 * @param subject     the document the row is about (its log lines carry it as documentId), or null
 * @param traceparent the W3C trace context of the change that wrote the row (null when untraced)
 * @param keys        the message keys the row holds, for ordering per key; usually those of its records, but a
 *                    row with nothing left to send (say its document was deleted) still names its key
 * @param records     what to send; empty when nothing is left to send (the row is then simply marked)
 */
public record OutboxRow(long id, String subject, String traceparent, Set<String> keys, List<OutboxRecord> records) {

    public OutboxRow {
        keys = Set.copyOf(keys);
        records = List.copyOf(records);
    }

    /** A row whose keys are those of its records. */
    public static OutboxRow of(long id, String subject, String traceparent, List<OutboxRecord> records) {
        Set<String> keys = new LinkedHashSet<>();
        for (OutboxRecord r : records) {
            if (r.key() != null) {
                keys.add(r.key());
            }
        }
        return new OutboxRow(id, subject, traceparent, keys, records);
    }

    /** For log lines: the subject when there is one, else the row id. */
    public String describe() {
        return subject == null ? "outbox row " + id : "outbox row " + id + " (document " + subject + ")";
    }
}
