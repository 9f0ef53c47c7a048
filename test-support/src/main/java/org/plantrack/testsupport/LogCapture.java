package org.plantrack.testsupport;

import org.jboss.logmanager.ExtLogRecord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what the application under test logs (it runs in the test's JVM), each line with the {@code documentId}
 * and {@code traceId} of its logging context (MDC) at the moment it was logged. Lets a test check that every line
 * about a document carries the document's id, whatever thread logged it.
 */
public final class LogCapture implements AutoCloseable {

    /**
     * One log line and its logging context.
     *
     * @param thrown the exception logged with the line, as its class name and message (null without one)
     */
    public record Line(String logger, String level, String thread, String message, String documentId,
                       String traceId, String thrown) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // handlers run on the logging thread, so the record still sees that thread's logging context
            if (record instanceof ExtLogRecord ext) {
                lines.add(new Line(ext.getLoggerName(), ext.getLevel().getName(), ext.getThreadName(),
                        ext.getFormattedMessage(), ext.getMdc("documentId"), ext.getMdc("traceId"),
                        thrown(record)));
            } else {
                lines.add(new Line(record.getLoggerName(), record.getLevel().getName(),
                        Thread.currentThread().getName(), String.valueOf(record.getMessage()),
                        org.jboss.logging.MDC.get("documentId") instanceof String s ? s : null, null, thrown(record)));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private static String thrown(LogRecord record) {
        return record.getThrown() == null ? null : record.getThrown().toString();
    }

    private LogCapture() {
        root.addHandler(handler);
    }

    /** Starts recording; close to stop. */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** Lines whose message mentions the text (e.g. a document id), in the order they were logged. */
    public List<Line> mentioning(String text) {
        return lines.stream().filter(l -> l.message() != null && l.message().contains(text)).toList();
    }

    /** Lines logged with this document id in their logging context. */
    public List<Line> withDocumentId(String documentId) {
        return lines.stream().filter(l -> documentId.equals(l.documentId())).toList();
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }
}
