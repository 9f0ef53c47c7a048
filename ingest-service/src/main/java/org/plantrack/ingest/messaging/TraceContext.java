package org.plantrack.ingest.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C trace context ({@code traceparent}) where OpenTelemetry's automatic propagation does not reach: an outbox
 * row is written in the transaction of a traced request or record but published later by another thread, so the
 * context is stored with the row and written back as the record's {@code traceparent} header.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";

    private TraceContext() {
    }

    /** The traceparent of the current span, or null when nothing is being traced. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The trace id of a traceparent value, or null when it is absent or malformed. */
    public static String traceId(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : null;
    }
}
