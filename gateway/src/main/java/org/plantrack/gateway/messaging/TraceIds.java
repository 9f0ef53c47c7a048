package org.plantrack.gateway.messaging;

import org.apache.kafka.common.header.Headers;
import org.plantrack.observability.TraceContext;

/**
 * The trace id of a live event, taken from its record's W3C {@code traceparent} header, and added to the event's JSON
 * as {@code traceId}: a subscriber can look up the whole trace of the change (upload, analysis, aggregation) it sees.
 */
final class TraceIds {

    private TraceIds() {
    }

    /** The trace id of the record's traceparent header, or null when it has none (or a malformed one). */
    static String of(Headers headers) {
        return TraceContext.traceId(TraceContext.fromHeaders(headers));
    }

    /**
     * The event JSON with {@code "traceId"} as its first field. Spliced into the text rather than re-serialised: the
     * rest of the event stays byte for byte as published (and the id is hex, nothing to escape).
     */
    static String addTo(String json, String traceId) {
        if (traceId == null || json == null) {
            return json;
        }
        int open = json.indexOf('{');
        if (open < 0 || !json.substring(0, open).isBlank()) {
            return json;
        }
        boolean empty = json.substring(open + 1).isBlank() || json.substring(open + 1).strip().startsWith("}");
        return json.substring(0, open + 1) + "\"traceId\":\"" + traceId + "\"" + (empty ? "" : ",")
                + json.substring(open + 1);
    }
}
