package org.plantrack.outbox;

import java.time.Instant;

/** How many rows wait to be published, and when the oldest of them was written (null when none waits). */
public record PendingRows(long count, Instant oldest) {

    public static final PendingRows NONE = new PendingRows(0, null);
}
