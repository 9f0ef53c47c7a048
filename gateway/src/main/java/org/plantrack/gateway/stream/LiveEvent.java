package org.plantrack.gateway.stream;

import java.util.List;
import java.util.Map;

/**
 * One event as subscribers receive it.
 *
 * @param id         increasing within a hub; the SSE id clients send back as Last-Event-ID
 * @param name       the SSE event name ("indicator", "target")
 * @param json       the Kafka record value, passed on unchanged
 * @param attributes what filters look at (documentId, region, metric, kind, domain, ...)
 */
public record LiveEvent(long id, String name, String json, Map<String, List<String>> attributes) {
}
