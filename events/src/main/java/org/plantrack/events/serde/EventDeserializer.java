package org.plantrack.events.serde;

import org.apache.kafka.common.serialization.Deserializer;
import org.plantrack.events.EventJson;

/**
 * Reads one event type from JSON. Subclasses name the type so Kafka configuration can refer to them by class;
 * a malformed record throws {@link org.plantrack.events.MalformedEventException}, which consumers route to their
 * dead-letter topic.
 */
public abstract class EventDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;

    protected EventDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : EventJson.fromBytes(data, type);
    }
}
