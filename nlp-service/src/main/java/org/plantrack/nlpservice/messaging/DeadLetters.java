package org.plantrack.nlpservice.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plantrack.events.Topics;
import org.plantrack.retry.DeadLetterSender;
import org.plantrack.retry.Retries;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one consumed record to {@code plantrack.dlq.nlp-service} byte for byte, with the headers the connector's
 * dead-letter strategy writes (reason, origin topic/partition/offset), and waits for the broker's acknowledgement.
 * The consumer does this itself, record by record, because it consumes whole polls: the connector's strategy would
 * send the entire poll to the dead-letter topic for one bad record.
 */
@ApplicationScoped
public class DeadLetters {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "plantrack.dead-letter.max-request-bytes", defaultValue = "17825792")
    int maxRequestBytes;

    @Inject
    Retries retries;

    private Producer<String, byte[]> producer;
    private DeadLetterSender sender;

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
        sender = new DeadLetterSender(producer, retries.untilDone(), Topics.DLQ_NLP, Duration.ofSeconds(30));
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Sends {@code record} to the dead-letter topic, retried until the broker acknowledged it (the until-done
     * variant of the retry policy, {@link DeadLetterSender}): the poll is acknowledged only afterwards, so the record
     * is never lost. Throws only when the service stops (the poll is then not acknowledged and is delivered again
     * after the restart). @return false when the broker refuses it for good (logged)
     */
    public boolean send(ConsumerRecord<String, byte[]> record, String reason) {
        return sender.send(record, reason);
    }

}
