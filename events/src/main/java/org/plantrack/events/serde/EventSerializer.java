package org.plantrack.events.serde;

import org.apache.kafka.common.serialization.Serializer;
import org.plantrack.events.EventJson;

/** Writes any event record as JSON. */
public class EventSerializer<T> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T event) {
        return event == null ? null : EventJson.toBytes(event);
    }
}
