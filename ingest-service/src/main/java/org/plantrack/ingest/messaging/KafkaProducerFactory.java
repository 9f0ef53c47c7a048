package org.plantrack.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The outbox relay's producer: a plain idempotent Kafka producer, because the relay must know per record whether
 * the broker acknowledged it before marking the outbox row sent.
 */
@ApplicationScoped
public class KafkaProducerFactory {

    /** The outbox's broker; defaults to kafka.bootstrap.servers (a separate key lets a test cut only this path). */
    @ConfigProperty(name = "plantrack.outbox.bootstrap-servers")
    String bootstrapServers;

    @ConfigProperty(name = "plantrack.outbox.max-request-bytes", defaultValue = "17825792")
    int maxRequestBytes;

    @ConfigProperty(name = "plantrack.outbox.send-timeout", defaultValue = "PT30S")
    Duration sendTimeout;

    /** compression.type of the records (PLANTRACK_KAFKA_COMPRESSION; application.properties says why). */
    @ConfigProperty(name = "plantrack.outbox.compression", defaultValue = "lz4")
    String compression;

    @Produces
    @Singleton
    Producer<String, byte[]> outboxProducer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // a document of up to 10 MiB travels base64-encoded inside the event JSON
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestBytes);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(64L * 1024 * 1024, 2L * maxRequestBytes));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
        // bounded waits: with the broker down the relay gives up on a batch and retries later, it never hangs
        int timeoutMs = (int) sendTimeout.toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(10_000, timeoutMs));
        int lingerMs = 5;
        int requestTimeoutMs = Math.min(15_000, timeoutMs / 2);
        config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeoutMs);
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeoutMs, requestTimeoutMs + lingerMs));
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    void close(@Disposes Producer<String, byte[]> producer) {
        producer.close(Duration.ofSeconds(5));
    }
}
