package org.plantrack.gateway.rest;

/** The id a reconnecting SSE client last saw: the standard header, or a query parameter for hand-made URLs. */
final class LastEventId {

    static Long parse(String header, String param) {
        String raw = header != null && !header.isBlank() ? header : param;
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "invalid-last-event-id", "Invalid Last-Event-ID",
                    "Last-Event-ID must be an event id this gateway sent (a number)");
        }
    }

    private LastEventId() {
    }
}
