package org.plantrack.outbox;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The relay's producer: a plain idempotent Kafka producer (docs/decisions/0004). The relay must know per record
 * whether the broker acknowledged it before it marks a row, and a future per record is all it needs; the messaging
 * emitter built a Message and a Mutiny pipeline per record instead.
 */
public final class OutboxProducers {

    private OutboxProducers() {
    }

    public static Producer<String, byte[]> create(OutboxConfig config, String clientId) {
        return create(config.bootstrapServers(), clientId, config.sendTimeout(), config.maxRequestBytes(),
                config.compression());
    }

    public static Producer<String, byte[]> create(String bootstrapServers, String clientId, Duration sendTimeout,
                                                  int maxRequestBytes, String compression) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        // acknowledged by every in-sync replica, never duplicated by the producer's own retries, and in order per
        // partition with up to 5 requests in flight
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestBytes);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(64L * 1024 * 1024, 2L * maxRequestBytes));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
        // a row's records are sent back to back: batches fill without waiting long
        int lingerMs = 5;
        config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        // bounded waits: with the broker down a round gives up and its rows wait for the next one, nothing hangs
        int timeoutMs = (int) sendTimeout.toMillis();
        int requestTimeoutMs = Math.min(15_000, timeoutMs / 2);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(10_000, timeoutMs));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeoutMs);
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeoutMs, requestTimeoutMs + lingerMs));
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }
}
