package org.plantrack.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @Test
    void aStoredTraceparentComesBackAsTheCurrentContextOfItsTrace() {
        Context context = TraceContext.parse(PARENT);
        assertThat(Span.fromContext(context).getSpanContext().getTraceId()).isEqualTo(TRACE);
        try (Scope ignored = context.makeCurrent()) {
            assertThat(TraceContext.current()).isEqualTo(PARENT);
        }
        assertThat(TraceContext.current()).as("nothing traced outside the scope").isNull();
    }

    @Test
    void malformedOrMissingTraceparentsNameNoTrace() {
        assertThat(TraceContext.traceId(null)).isNull();
        assertThat(TraceContext.traceId("00-abc-def-01")).isNull();
        assertThat(TraceContext.traceId("00-\"},\"x\":1,\"y\":\"0000000000000000-00f067aa0ba902b7-01"))
                .as("only hex ids pass: the gateway splices them into JSON").isNull();
        assertThat(TraceContext.traceId(PARENT)).isEqualTo(TRACE);
        assertThat(TraceContext.parse("garbage")).isSameAs(Context.root());
    }

    @Test
    void theLastTraceparentHeaderOfARecordWins() {
        RecordHeaders headers = new RecordHeaders();
        assertThat(TraceContext.fromHeaders(headers)).isNull();
        headers.add(TraceContext.HEADER, "00-11111111111111111111111111111111-2222222222222222-01"
                .getBytes(StandardCharsets.UTF_8));
        headers.add(TraceContext.HEADER, PARENT.getBytes(StandardCharsets.UTF_8));
        assertThat(TraceContext.fromHeaders(headers)).isEqualTo(PARENT);
        assertThat(Span.fromContext(TraceContext.of(headers)).getSpanContext().getTraceId()).isEqualTo(TRACE);
    }
}
