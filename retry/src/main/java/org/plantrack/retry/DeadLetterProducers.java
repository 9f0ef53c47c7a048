package org.plantrack.retry;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

/**
 * The one configuration of a dead-letter producer. A dead letter is sent alone and waited for before its poll is
 * acknowledged, so nothing is gained by lingering or batching; what matters is that the broker has it (all in-sync
 * replicas), that the producer's own retries do not write it twice, and that a record as large as any the services
 * consume still fits.
 */
public final class DeadLetterProducers {

    /** The producer's buffer holds at least two of the largest dead letters, and never less than this. */
    static final long MIN_BUFFER_BYTES = 32L * 1024 * 1024;

    private DeadLetterProducers() {
    }

    public static Producer<String, byte[]> create(DeadLetterConfig config, String clientId) {
        return new KafkaProducer<>(settings(config, clientId), new StringSerializer(), new ByteArraySerializer());
    }

    static Map<String, Object> settings(DeadLetterConfig config, String clientId) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.maxRequestBytes());
        settings.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(MIN_BUFFER_BYTES, 2L * config.maxRequestBytes()));
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // a broker that is down makes send() fail within the attempt instead of blocking it past its timeout
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Math.min(10_000, config.sendTimeout().toMillis()));
        return settings;
    }
}
