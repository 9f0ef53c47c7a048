package org.plantrack.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The outbox relay's settings, one set for every service ({@code plantrack.outbox.*}; README "Configuration").
 */
@ConfigMapping(prefix = "plantrack.outbox")
public interface OutboxConfig {

    /** The relay's broker; a key of its own so a test can cut only this path. */
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();

    /** The timer that catches up after a broker outage or a crash; commits wake the relay at once anyway. */
    @WithDefault("2s")
    Duration interval();

    /** Rows claimed per round (one transaction); each row is one change, which may hold many records. */
    @WithDefault("20")
    int batchRows();

    /** How long a round waits for its acknowledgements; also bounds the producer's delivery timeout. */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /**
     * The producer's max.request.size: 17 MiB, because a 10 MiB document grows by a third when base64-encoded in the
     * event JSON (the broker's message.max.bytes must allow it too).
     */
    @WithDefault("17825792")
    int maxRequestBytes();

    /** compression.type of the records (lz4, none, zstd, gzip, snappy); see application.properties for why lz4. */
    @WithDefault("lz4")
    String compression();

    /** How old the pending-rows and oldest-age gauges may get: counting on every round costs a query per round. */
    @WithDefault("1s")
    Duration metricsRefresh();
}
