package org.plantrack.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the order per key between relays. Two relays claim disjoint rows ({@code SKIP LOCKED}), so relay B may
 * claim row 12 about key K while relay A still holds row 3 about K; sent at once, row 12's records could land
 * before row 3's. A claimed row therefore waits (stays pending, for a later round) when one of its keys belongs to
 * an older row held elsewhere, or to an older claimed row that itself waits.
 */
final class KeyOrder {

    private KeyOrder() {
    }

    /** The claimed rows (in id order) that may go now, given the keys of older rows other relays hold. */
    static List<OutboxRow> sendable(List<OutboxRow> claimed, Set<String> keysHeldElsewhere) {
        if (keysHeldElsewhere.isEmpty()) {
            return claimed;
        }
        Set<String> blocked = new HashSet<>(keysHeldElsewhere);
        List<OutboxRow> sendable = new ArrayList<>(claimed.size());
        for (OutboxRow row : claimed) {
            if (row.keys().stream().anyMatch(blocked::contains)) {
                blocked.addAll(row.keys()); // everything after it about these keys waits too
            } else {
                sendable.add(row);
            }
        }
        return sendable;
    }
}
