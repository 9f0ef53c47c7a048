package org.plantrack.targetservice.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How the consumers of this service retry work on the database: a failure (the database down, a deadlock) is tried
 * again with a doubling pause while the partition waits, since the order of one document's events matters; after
 * {@code plantrack.apply.attempts} attempts the caller gives the record up to the dead-letter topic.
 */
@ApplicationScoped
public class ApplyRetry {

    private static final Logger LOG = Logger.getLogger(ApplyRetry.class);

    @ConfigProperty(name = "plantrack.apply.attempts", defaultValue = "8")
    int attempts;

    @ConfigProperty(name = "plantrack.apply.backoff-ms", defaultValue = "500")
    long backoffMs;

    /** Runs {@code action} until it succeeds; throws with the last failure as cause once the attempts are used up. */
    public void run(String what, Runnable action) {
        long wait = backoffMs;
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    throw new IllegalStateException("applying " + what + " failed " + attempt + " times: " + e, e);
                }
                LOG.warnf("applying %s failed (attempt %d of %d), retrying in %d ms: %s", what, attempt, attempts,
                        wait, e.toString());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", ie);
                }
                wait = Math.min(wait * 2, 30_000);
            }
        }
    }
}
