package org.plantrack.gateway.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A webhook as the API shows it. {@code secret} is only set in the answer to the registration that generated or
 * received it; list and get leave it out. {@code lastDeliveries} are the newest delivery outcomes this gateway
 * instance saw, newest first (see {@link RecentDeliveries}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(String id, String url, Map<String, List<String>> filters, List<String> events,
                          Instant createdAt, long delivered, long dropped, int pending,
                          List<DeliveryOutcome> lastDeliveries, String secret) {

    WebhookView withSecret(String value) {
        return new WebhookView(id, url, filters, events, createdAt, delivered, dropped, pending, lastDeliveries, value);
    }
}
