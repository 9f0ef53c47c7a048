package org.plantrack.observability;

import io.opentelemetry.api.trace.Span;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @AfterEach
    void clean() {
        MDC.clear();
    }

    private static ConsumerRecord<String, byte[]> record(String key, String traceparent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("plantrack.test", 0, 7L, key, new byte[0]);
        if (traceparent != null) {
            record.headers().add(TraceContext.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void theDocumentIdAndTraceOfTheRecordAreCurrentDuringTheActionOnly() {
        AtomicReference<Object> documentId = new AtomicReference<>();
        AtomicReference<String> traceId = new AtomicReference<>();

        RecordContext.run(record("doc-1", PARENT), () -> {
            documentId.set(MDC.get("documentId"));
            traceId.set(Span.current().getSpanContext().getTraceId());
        });

        assertThat(documentId.get()).isEqualTo("doc-1");
        assertThat(traceId.get()).as("the traceparent header's trace").isEqualTo(TRACE);
        assertThat(MDC.get("documentId")).as("cleared afterwards").isNull();
        assertThat(TraceContext.current()).as("nothing traced afterwards").isNull();
    }

    @Test
    void bothAreClearedWhenTheActionThrowsAndTheExceptionPassesThrough() {
        IllegalStateException failure = new IllegalStateException("poison");

        assertThatThrownBy(() -> RecordContext.run(record("doc-2", PARENT), () -> {
            assertThat(MDC.get("documentId")).isEqualTo("doc-2");
            throw failure;
        })).isSameAs(failure);

        assertThat(MDC.get("documentId")).isNull();
        assertThat(TraceContext.current()).isNull();
    }

    @Test
    void aRecordWithoutKeyOrTraceparentRunsWithoutDocumentIdOrTrace() {
        AtomicReference<Object> documentId = new AtomicReference<>("unset");
        AtomicReference<String> traceparent = new AtomicReference<>("unset");

        RecordContext.run(record(null, "not-a-traceparent"), () -> {
            documentId.set(MDC.get("documentId"));
            traceparent.set(TraceContext.current());
        });

        assertThat(documentId.get()).isNull();
        assertThat(traceparent.get()).isNull();
    }
}
