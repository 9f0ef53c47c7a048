package org.plantrack.retry;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The one dead-letter producer configuration of nlp-service and ingest-service. */
class DeadLetterProducersTest {

    private static DeadLetterConfig config(int maxRequestBytes, Duration sendTimeout) {
        return new DeadLetterConfig() {
            @Override
            public String bootstrapServers() {
                return "broker:9092";
            }

            @Override
            public int maxRequestBytes() {
                return maxRequestBytes;
            }

            @Override
            public Duration sendTimeout() {
                return sendTimeout;
            }
        };
    }

    @Test
    void aDeadLetterIsAcknowledgedByEveryReplicaAndNeverWrittenTwiceByTheProducersRetries() {
        var settings = DeadLetterProducers.settings(config(17_825_792, Duration.ofSeconds(30)),
                "nlp-service-dead-letters");

        assertThat(settings).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "nlp-service-dead-letters")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 0);
    }

    @Test
    void theBufferHoldsTwoOfTheLargestDeadLettersAndNeverLessThanTheFloor() {
        var large = DeadLetterProducers.settings(config(20_000_000, Duration.ofSeconds(30)), "c");
        assertThat(large).containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20_000_000)
                .containsEntry(ProducerConfig.BUFFER_MEMORY_CONFIG, 40_000_000L);

        var small = DeadLetterProducers.settings(config(1_000_000, Duration.ofSeconds(30)), "c");
        assertThat(small).containsEntry(ProducerConfig.BUFFER_MEMORY_CONFIG, DeadLetterProducers.MIN_BUFFER_BYTES);
    }

    @Test
    void aBrokerThatIsDownFailsASendWithinItsAttempt() {
        assertThat(DeadLetterProducers.settings(config(1_000_000, Duration.ofSeconds(30)), "c"))
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        assertThat(DeadLetterProducers.settings(config(1_000_000, Duration.ofSeconds(4)), "c"))
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 4_000);
    }
}
