package org.plantrack.gateway.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the stored webhook registrations are read: before that, GET /api/webhooks would show too few. */
@ApplicationScoped
@Readiness
public class WebhookRegistryReadiness implements HealthCheck {

    @Inject
    Webhooks webhooks;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Webhook registrations").status(webhooks.isReady()).build();
    }
}
