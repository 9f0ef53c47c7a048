package org.plantrack.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One Kafka record waiting in an outbox: topic, key and payload exactly as they will be published. The trace
 * context travels as the row's traceparent (every record of a row continues the trace of the change that wrote it).
 */
public record OutboxRecord(String topic, String key, byte[] payload) {

    public OutboxRecord {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
    }

    /** A record whose payload is a text (an event's JSON), sent as UTF-8. */
    public static OutboxRecord of(String topic, String key, String payload) {
        return new OutboxRecord(topic, key, payload.getBytes(StandardCharsets.UTF_8));
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    // a record compares by content: tests and callers compare what will be published, not array identities
    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxRecord r && topic.equals(r.topic) && Objects.equals(key, r.key)
                && java.util.Arrays.equals(payload, r.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, key, java.util.Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "OutboxRecord[" + topic + ", " + key + ", " + payload.length + " bytes]";
    }
}
