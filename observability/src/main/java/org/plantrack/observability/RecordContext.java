package org.plantrack.observability;

import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;

/**
 * Runs the processing of one consumed Kafka record inside that record's context: its key (the document id) in the
 * logging context as {@code documentId}, and its trace (see {@link TraceContext#of}) current, so every line logged
 * and every event or outbox row written while processing it belongs to the document and continues its trace. Both
 * are cleared afterwards, also when the action throws, because a worker thread may run another record next.
 */
public final class RecordContext {

    public static final String DOCUMENT_ID = "documentId";

    private RecordContext() {
    }

    /** Runs {@code action} for {@code record}; exceptions of the action pass through unchanged. */
    public static void run(ConsumerRecord<String, ?> record, Runnable action) {
        if (record.key() != null) {
            MDC.put(DOCUMENT_ID, record.key());
        }
        try (Scope ignored = TraceContext.of(record.headers()).makeCurrent()) {
            action.run();
        } finally {
            MDC.remove(DOCUMENT_ID);
        }
    }
}
