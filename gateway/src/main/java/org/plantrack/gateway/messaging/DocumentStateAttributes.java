package org.plantrack.gateway.messaging;

import org.plantrack.events.DocumentStateChangedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.MalformedEventException;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What document stream filters look at (documentId, state), read from a {@code DocumentStateChangedV1}. The record is
 * bound whole: a document changes state a few times in its life, so unlike indicator events the binding costs
 * nothing that matters, and it checks the whole event against its schema.
 */
public final class DocumentStateAttributes {

    private DocumentStateAttributes() {
    }

    /** @throws MalformedEventException when the text is not such an event, or names no document or state */
    public static Map<String, List<String>> of(String json) {
        if (json == null || json.isEmpty()) {
            throw new MalformedEventException("empty DocumentStateChangedV1 record", null);
        }
        DocumentStateChangedV1 event = EventJson.fromBytes(json.getBytes(StandardCharsets.UTF_8),
                DocumentStateChangedV1.class);
        if (event == null || event.documentId() == null || event.state() == null) {
            throw new MalformedEventException("DocumentStateChangedV1 without documentId or state", null);
        }
        Map<String, List<String>> attributes = new HashMap<>(4);
        attributes.put("documentId", List.of(event.documentId()));
        attributes.put("state", List.of(event.state().name()));
        return attributes;
    }
}
