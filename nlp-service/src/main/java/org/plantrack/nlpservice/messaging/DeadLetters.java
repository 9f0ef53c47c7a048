package org.plantrack.nlpservice.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.plantrack.events.DeadLetterRecords;
import org.plantrack.events.Topics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Writes one consumed record to {@code plantrack.dlq.nlp-service} byte for byte, with the headers the connector's
 * dead-letter strategy writes (reason, origin topic/partition/offset), and waits for the broker's acknowledgement.
 * The consumer does this itself, record by record, because it consumes whole polls: the connector's strategy would
 * send the entire poll to the dead-letter topic for one bad record.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "plantrack.dead-letter.max-request-bytes", defaultValue = "17825792")
    int maxRequestBytes;

    private Producer<String, byte[]> producer;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "nlp-service-dead-letters");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestBytes);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(32L * 1024 * 1024, 2L * maxRequestBytes));
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Sends {@code record} to the dead-letter topic, retrying with backoff until the broker acknowledged it: the
     * poll is acknowledged only afterwards, so the record is never lost. Throws only when the service stops (the
     * poll is then not acknowledged and is delivered again after the restart).
     */
    public void send(ConsumerRecord<String, byte[]> record, String reason) throws InterruptedException {
        ProducerRecord<String, byte[]> dead = DeadLetterRecords.of(Topics.DLQ_NLP, record, reason);
        long backoffMs = 250;
        for (int attempt = 1; ; attempt++) {
            try {
                producer.send(dead).get(30, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (e instanceof InterruptedException || stopping) {
                    throw new IllegalStateException("dead letter of " + record.topic() + "-" + record.partition()
                            + "@" + record.offset() + " not sent; the poll is delivered again", e);
                }
                LOG.warnf("sending %s-%d@%d to the dead-letter topic failed (attempt %d), retrying in %d ms: %s",
                        record.topic(), record.partition(), record.offset(), attempt, backoffMs, e);
                Thread.sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 30_000);
            }
        }
    }

}
