package org.plantrack.targetservice.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
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
 * The outbox publisher's producer: a plain idempotent Kafka producer. The messaging emitter it replaces built a
 * Message, its metadata and a Mutiny pipeline per record (~130 per document with many indicators) and reported
 * acknowledgements through them; the publisher only needs a future per record.
 */
@ApplicationScoped
public class OutboxProducerFactory {

    /** The outbox's broker; defaults to kafka.bootstrap.servers. */
    @ConfigProperty(name = "plantrack.outbox.bootstrap-servers")
    String bootstrapServers;

    @ConfigProperty(name = "plantrack.outbox.send-timeout", defaultValue = "PT30S")
    Duration sendTimeout;

    @ConfigProperty(name = "plantrack.outbox.max-request-bytes", defaultValue = "16777216")
    int maxRequestBytes;

    /** compression.type of the records (PLANTRACK_KAFKA_COMPRESSION; application.properties says why). */
    @ConfigProperty(name = "plantrack.outbox.compression", defaultValue = "lz4")
    String compression;

    private KafkaClientMetrics metrics;

    @Produces
    @Singleton
    Producer<String, byte[]> outboxProducer(MeterRegistry registry) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "target-service-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestBytes);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(64L * 1024 * 1024, 2L * maxRequestBytes));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
        // one row is a whole document's records, sent back to back: batches fill without waiting
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        // bounded waits: with the broker down a round gives up and the rows wait for the next one, nothing hangs
        int timeoutMs = (int) sendTimeout.toMillis();
        int requestTimeoutMs = Math.min(15_000, timeoutMs / 2);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(10_000, timeoutMs));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeoutMs);
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeoutMs, requestTimeoutMs + 5));
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer());
        // the kafka_producer_* meters the messaging channel's producer used to report
        metrics = new KafkaClientMetrics(producer);
        metrics.bindTo(registry);
        return producer;
    }

    void close(@Disposes Producer<String, byte[]> producer) {
        if (metrics != null) {
            metrics.close();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
