package org.plantrack.retry;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The retry policy of a service, one {@link RetryPolicy} per variant of {@link RetryConfig}: the one place its
 * classes get their retries from. Once the service stops, until-done work is no longer retried (its record is not
 * acknowledged and is delivered again after the restart); bounded work and deliveries end by themselves.
 */
@ApplicationScoped
public class Retries {

    private final RetryPolicy untilDone;
    private final RetryPolicy bounded;
    private final RetryPolicy delivery;
    private volatile boolean stopping;

    public Retries(RetryConfig config) {
        this.untilDone = new RetryPolicy("until-done", config.untilDone(), () -> stopping);
        this.bounded = new RetryPolicy("bounded", config.bounded(), () -> false);
        this.delivery = new RetryPolicy("delivery", config.delivery(), () -> false);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Storage of accepted work and dead letters: retried until done (or the service stops). */
    public RetryPolicy untilDone() {
        return untilDone;
    }

    /** Work whose record goes to the dead-letter topic with the reason once the attempts are used up. */
    public RetryPolicy bounded() {
        return bounded;
    }

    /** Deliveries to third parties (webhooks). */
    public RetryPolicy delivery() {
        return delivery;
    }
}
