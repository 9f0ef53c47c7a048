package org.plantrack.retry;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service's dead letters, all over one producer configured once ({@link DeadLetterProducers},
 * {@code plantrack.dead-letter.*}): {@link DeadLetterSender}s (one per dead-letter topic, retried with the
 * until-done variant) for consumers that acknowledge a poll only after its dead letters, and
 * {@link #sendWithoutWaiting} for writers that must not hold their thread (the gateway's live streams and webhook
 * deliveries). The producer is made at the first dead letter: usually there is none.
 */
@ApplicationScoped
public class DeadLetterSenders {

    private final DeadLetterConfig config;
    private final Retries retries;
    private final String clientId;
    private final Map<String, DeadLetterSender> senders = new ConcurrentHashMap<>();
    private Producer<String, byte[]> producer;

    public DeadLetterSenders(DeadLetterConfig config, Retries retries,
                             @ConfigProperty(name = "quarkus.application.name", defaultValue = "plantrack")
                             String applicationName) {
        this.config = config;
        this.retries = retries;
        this.clientId = applicationName + "-dead-letters";
    }

    /** The sender that parks records on {@code deadLetterTopic}. */
    public DeadLetterSender to(String deadLetterTopic) {
        return senders.computeIfAbsent(deadLetterTopic,
                topic -> new DeadLetterSender(producer(), retries.untilDone(), topic, config.sendTimeout()));
    }

    /**
     * Sends a dead letter the caller made ({@code DeadLetterRecords}) without waiting for the broker; {@code done}
     * learns the outcome. A send the producer refuses at once (the broker unreachable for longer than max.block.ms,
     * a record too large) throws, as {@link Producer#send} does.
     */
    public void sendWithoutWaiting(ProducerRecord<String, byte[]> deadLetter, Callback done) {
        producer().send(deadLetter, done);
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = DeadLetterProducers.create(config, clientId);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
