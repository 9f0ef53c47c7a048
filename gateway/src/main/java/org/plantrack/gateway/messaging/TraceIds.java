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
        // one copy of the event (it runs for every event): find the brace and what follows it without substrings
        int open = skipWhitespace(json, 0);
        if (open == json.length() || json.charAt(open) != '{') {
            return json;
        }
        int next = skipWhitespace(json, open + 1);
        boolean empty = next == json.length() || json.charAt(next) == '}';
        return new StringBuilder(json.length() + traceId.length() + 13)
                .append(json, 0, open + 1)
                .append("\"traceId\":\"").append(traceId).append('"')
                .append(empty ? "" : ",")
                .append(json, open + 1, json.length())
                .toString();
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
