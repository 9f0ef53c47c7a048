package org.plantrack.gateway.webhook;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The last few delivery outcomes of one webhook, newest first, so a user can see whether a receiver gets its
 * events without reading logs. Bounded: a busy webhook keeps {@code capacity} entries, never more. Held in this
 * gateway instance's memory only; with several instances each shows the deliveries it made itself (the shared
 * consumer group spreads events over them) and a restart starts empty.
 */
final class RecentDeliveries {

    private final int capacity;
    private final ArrayDeque<DeliveryOutcome> outcomes;

    RecentDeliveries(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.outcomes = new ArrayDeque<>(capacity);
    }

    synchronized void add(DeliveryOutcome outcome) {
        if (outcomes.size() == capacity) {
            outcomes.removeLast();
        }
        outcomes.addFirst(outcome);
    }

    synchronized List<DeliveryOutcome> newestFirst() {
        return List.copyOf(outcomes);
    }
}
