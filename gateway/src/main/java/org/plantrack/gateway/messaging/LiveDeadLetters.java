package org.plantrack.gateway.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.plantrack.events.DeadLetterRecords;
import org.plantrack.events.Topics;

import java.util.Map;

/**
 * Records an unreadable live-event record on {@code plantrack.dlq.gateway}, as the messaging connector's
 * dead-letter strategy did while records were consumed one by one: same key, value and headers, plus the
 * {@code dead-letter-*} headers naming the reason and where it came from. The live consumers take whole polls, so a
 * bad record is set aside here and the good ones of its poll still reach the streams. The producer is made at the
 * first bad record: usually there is none.
 */
@ApplicationScoped
public class LiveDeadLetters {

    private static final Logger LOG = Logger.getLogger(LiveDeadLetters.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MeterRegistry metrics;

    private KafkaProducer<String, String> producer;

    public void record(ConsumerRecord<String, String> record, RuntimeException cause) {
        metrics.counter("plantrack.dead.letters", "topic", record.topic()).increment();
        LOG.warnf("unreadable record %s-%d@%d set aside on %s: %s", record.topic(), record.partition(),
                record.offset(), Topics.DLQ_GATEWAY, cause.getMessage());
        var dead = DeadLetterRecords.of(Topics.DLQ_GATEWAY, record, String.valueOf(cause.getMessage()));
        dead.headers().add(DeadLetterRecords.EXCEPTION_CLASS_NAME, DeadLetterRecords.utf8(cause.getClass().getName()));
        if (cause.getCause() != null) {
            dead.headers().add(DeadLetterRecords.CAUSE, DeadLetterRecords.utf8(cause.getCause().getMessage()));
        }
        try {
            producer().send(dead, (metadata, error) -> {
                if (error != null) {
                    LOG.errorf(error, "could not record %s-%d@%d on %s", record.topic(), record.partition(),
                            record.offset(), Topics.DLQ_GATEWAY);
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not record %s-%d@%d on %s", record.topic(), record.partition(), record.offset(),
                    Topics.DLQ_GATEWAY);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.CLIENT_ID_CONFIG, "gateway-live-dead-letters"),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }

}
