package org.plantrack.gateway.stream;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;

/** The id a reconnecting client last saw: the standard header, or a query parameter for hand-made URLs. */
public final class LastEventId {

    public static Long parse(String header, String param) {
        String raw = header != null && !header.isBlank() ? header : param;
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.INVALID_LAST_EVENT_ID,
                    "Last-Event-ID must be an event id this gateway sent (a number)");
        }
    }

    private LastEventId() {
    }
}
