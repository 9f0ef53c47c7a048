package org.plantrack.events;

import java.util.UUID;

/** Event ids are random UUIDs: consumers use them to recognise a redelivered event. */
public final class EventIds {

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    private EventIds() {
    }
}
