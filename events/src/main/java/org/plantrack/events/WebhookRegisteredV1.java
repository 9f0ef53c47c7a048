package org.plantrack.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A webhook registration as stored in the compacted topic {@link Topics#WEBHOOKS} (key: webhook id; a record with
 * a null value, a tombstone, removes it). Every gateway instance reads the topic from the start, so registrations
 * survive restarts and are shared by all instances. The secret is carried because whichever instance delivers an
 * event must sign it: the topic must be readable by the gateway only.
 *
 * @param filters filter name (documentId, region, metric, ...) to the accepted values, as on the SSE streams
 * @param events  the event kinds delivered: "indicator", "target"
 * @param secret  the HMAC-SHA256 key of the X-PlanTrack-Signature header
 */
public record WebhookRegisteredV1(
        String eventId,
        int schemaVersion,
        String webhookId,
        String url,
        Map<String, List<String>> filters,
        List<String> events,
        String secret,
        Instant createdAt) {

    public static final int SCHEMA_VERSION = 1;
}
