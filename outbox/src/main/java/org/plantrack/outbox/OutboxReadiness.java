package org.plantrack.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the way out: DOWN while the relay's last round left rows behind (broker away, records not
 * acknowledged, database away), with the reason; UP again after a round that published everything it took.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxReadiness(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        String failure = relay.lastFailure();
        return HealthCheckResponse.named("Outbox relay").status(failure == null)
                .withData("lastFailure", failure == null ? "none" : failure).build();
    }
}
