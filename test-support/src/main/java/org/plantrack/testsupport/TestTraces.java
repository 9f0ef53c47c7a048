package org.plantrack.testsupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** W3C trace context for tests: a fresh trace to send in, and the trace id a published record carries out. */
public final class TestTraces {

    private TestTraces() {
    }

    /** A random 32-hex-digit trace id. */
    public static String newTraceId() {
        return randomHex(16);
    }

    /** A sampled {@code traceparent} header value of that trace, with a random parent span id. */
    public static String traceparent(String traceId) {
        return "00-" + traceId + "-" + randomHex(8) + "-01";
    }

    /** The trace id of the record's {@code traceparent} header; fails the test when the header is missing. */
    public static String traceIdOf(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader("traceparent");
        if (header == null) {
            throw new AssertionError("no traceparent header on " + record.topic());
        }
        return new String(header.value(), StandardCharsets.UTF_8).split("-")[1];
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
