package org.plantrack.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The service's plain producer ({@link OutboxProducers}) as a bean, for the relay. Dead letters have a producer of
 * their own (retry module, {@code DeadLetterSenders}), so the outbox's settings are the outbox's alone.
 */
@ApplicationScoped
public class OutboxProducerFactory {

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "plantrack")
    String applicationName;

    private KafkaClientMetrics metrics;

    @Produces
    @Singleton
    Producer<String, byte[]> outboxProducer(OutboxConfig config, MeterRegistry registry) {
        Producer<String, byte[]> producer = OutboxProducers.create(config, applicationName + "-outbox");
        metrics = new KafkaClientMetrics(producer); // the kafka_producer_* meters
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
