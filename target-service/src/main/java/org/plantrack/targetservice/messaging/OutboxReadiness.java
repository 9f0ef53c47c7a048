package org.plantrack.targetservice.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the path out: DOWN while the outbox publisher's last round left rows behind (broker away, records
 * refused), with the reason; UP again after a round that published everything it took. The messaging channel it
 * replaces reported its producer's failures the same way.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxPublisher publisher;

    public OutboxReadiness(OutboxPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public HealthCheckResponse call() {
        String failure = publisher.lastFailure();
        return HealthCheckResponse.named("Outbox publisher").status(failure == null)
                .withData("lastFailure", failure == null ? "none" : failure).build();
    }
}
