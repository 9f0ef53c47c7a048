package org.plantrack.ingest.messaging;

import org.plantrack.events.DocumentIngestedV1;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Events uploads handed to the outbox, by outbox row id, oldest first, bounded by the content bytes they hold.
 * An entry stays until its row is published or given up, so a round that failed finds it again; beyond the bound,
 * or after two minutes (a row another instance published, or a transaction that rolled back), it is dropped and the
 * event is built from the table instead. Thread-safe.
 */
final class HandedOverEvents {

    /** After this long an event is no longer expected to be claimed here (a round takes milliseconds). */
    private static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(2);

    private record HandedOver(DocumentIngestedV1 event, long at) {
    }

    private final long maxBytes;
    private final LinkedHashMap<Long, HandedOver> byRow = new LinkedHashMap<>();
    private long bytes;

    HandedOverEvents(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized void put(long outboxId, DocumentIngestedV1 event) {
        long now = System.nanoTime();
        HandedOver previous = byRow.put(outboxId, new HandedOver(event, now));
        if (previous != null) {
            bytes -= previous.event().content().length;
        }
        bytes += event.content().length;
        Iterator<HandedOver> oldest = byRow.values().iterator();
        while (oldest.hasNext()) {
            HandedOver head = oldest.next();
            if (bytes <= maxBytes && now - head.at() < MAX_AGE_NANOS) {
                break;
            }
            bytes -= head.event().content().length;
            oldest.remove();
        }
    }

    synchronized DocumentIngestedV1 get(long outboxId) {
        HandedOver held = byRow.get(outboxId);
        return held == null ? null : held.event();
    }

    synchronized void remove(long outboxId) {
        HandedOver held = byRow.remove(outboxId);
        if (held != null) {
            bytes -= held.event().content().length;
        }
    }
}
