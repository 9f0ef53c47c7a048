package org.plantrack.gateway.webhook;

import java.time.Instant;

/**
 * How one delivery to a webhook ended, as the subscriptions page lists it: when, the HTTP status of the last
 * attempt (null when no answer came: connection error, timeout, refused destination, full queue), how many
 * attempts it took, and {@code delivered} or {@code given-up} with the reason.
 */
public record DeliveryOutcome(String deliveryId, String event, Instant at, Integer httpStatus, int attempts,
                              String outcome, String reason) {

    static DeliveryOutcome delivered(String deliveryId, String event, int httpStatus, int attempts) {
        return new DeliveryOutcome(deliveryId, event, Instant.now(), httpStatus, attempts, "delivered", null);
    }

    static DeliveryOutcome givenUp(String deliveryId, String event, Integer httpStatus, int attempts, String reason) {
        return new DeliveryOutcome(deliveryId, event, Instant.now(), httpStatus, attempts, "given-up", reason);
    }
}
