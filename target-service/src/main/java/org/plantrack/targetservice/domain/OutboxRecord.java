package org.plantrack.targetservice.domain;

/** One Kafka record waiting in the outbox: topic, key and the event's JSON, exactly as it will be published. */
public record OutboxRecord(String topic, String key, String payload) {
}
