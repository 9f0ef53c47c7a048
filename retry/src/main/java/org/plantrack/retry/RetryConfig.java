package org.plantrack.retry;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * The retry policy's variants ({@code plantrack.retry.<variant>.*}, docs/reliability.md "Retries"). Their values are
 * set once, in this module's {@code META-INF/microprofile-config.properties}; a service or a test profile overrides
 * them like any setting (e.g. {@code PLANTRACK_RETRY_BOUNDED_MAX_ATTEMPTS}).
 */
@ConfigMapping(prefix = "plantrack.retry")
public interface RetryConfig {

    /** Work the service already accepted and must not lose: retried until done, or until the service stops. */
    Variant untilDone();

    /** Work whose record can be parked on the dead-letter topic with the reason once the attempts are used up. */
    Variant bounded();

    /** Deliveries to third parties (webhooks): a few attempts, further apart, then given up to the dead letters. */
    Variant delivery();

    /** Exponential backoff: initial-delay, then multiplied by factor after every failed attempt, at most max-delay. */
    interface Variant {

        Duration initialDelay();

        int factor();

        Duration maxDelay();

        /** Attempts in all, the first one included; absent: no limit (until-done). */
        OptionalInt maxAttempts();
    }
}
