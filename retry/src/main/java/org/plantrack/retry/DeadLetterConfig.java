package org.plantrack.retry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The dead-letter producer's settings, one set for every service that parks records itself
 * ({@code plantrack.dead-letter.*}, docs/reliability.md "Retries"; {@link DeadLetterSenders}).
 */
@ConfigMapping(prefix = "plantrack.dead-letter")
public interface DeadLetterConfig {

    /** The dead-letter topics' broker; a key of its own so a test can cut only this path. */
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();

    /**
     * The producer's max.request.size: a dead letter is the consumed record byte for byte plus a few headers, and
     * the largest records the services consume are 10 MiB documents grown by a third in base64 (17 MiB, as the
     * outbox's).
     */
    @WithDefault("17825792")
    int maxRequestBytes();

    /** How long one attempt waits for the broker's acknowledgement before the until-done retry tries again. */
    @WithDefault("PT30S")
    Duration sendTimeout();
}
