package org.plantrack.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W3C trace context ({@code traceparent}) where OpenTelemetry's automatic propagation does not reach: an outbox
 * row is written in the transaction of a traced request or record but published later by another thread, so the
 * context is stored with the row and written back as the record's {@code traceparent} header.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

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
        // strict: the id ends up in logs and is spliced into event JSON by the gateway, so only hex gets through
        Matcher m = TRACEPARENT.matcher(traceparent.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** The last traceparent header of a Kafka record, or null. */
    public static String fromHeaders(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * The context to process a consumed record in: the current one when it already continues the record's trace
     * (the connector's consumer span), otherwise the one its {@code traceparent} header names.
     */
    public static Context of(Headers headers) {
        Context current = Context.current();
        String traceparent = fromHeaders(headers);
        String traceId = traceId(traceparent);
        if (traceId == null || traceId.equals(Span.fromContext(current).getSpanContext().getTraceId())) {
            return current;
        }
        return parse(traceparent);
    }

    /** The remote context a stored traceparent names (root when null or malformed). */
    public static Context parse(String traceparent) {
        if (traceId(traceparent) == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(HEADER, traceparent), MAP);
    }

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };
}
