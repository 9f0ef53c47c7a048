package org.plantrack.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * plantrack.outbox.compression (PLANTRACK_KAFKA_COMPRESSION) reaches the relay's producer in every service: records sent to a real
 * broker are compressed with lz4 by default and left uncompressed with none. The producer's own compression-rate-avg metric says what it did to the batches.
 */
class OutboxProducerCompressionTest {

    /** Not a topic the application reads. */
    private static final String TOPIC = "plantrack.test.outbox-compression";

    @BeforeAll
    static void createTopic() {
        // created up front: a send that first has to create its topic can take long on a busy machine
        TestKafka.createTopics(List.of(TOPIC), 1);
    }

    @Test
    void lz4ShrinksTheBatches() throws Exception {
        assertThat(compressionRateOfSends("lz4")).isLessThan(0.5);
    }

    @Test
    void noneSendsTheRecordsAsTheyAre() throws Exception {
        assertThat(compressionRateOfSends("none")).isEqualTo(1.0);
    }

    /** Sends a document's worth of similar event JSON and @return the producer's average compressed/raw ratio. */
    private static double compressionRateOfSends(String compression) throws Exception {
        Producer<String, byte[]> producer = OutboxProducers.create(TestKafka.bootstrapServers(), "compression-test",
                Duration.ofSeconds(30), 1024 * 1024, compression);
        try {
            List<Future<?>> acks = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String json = "{\"eventId\":\"e-" + i + "\",\"schemaVersion\":1,\"metric\":\"地区生产总值\",\"region\":"
                        + "\"太原市\",\"value\":" + (5000 + i) + ",\"unit\":\"亿元\",\"kind\":\"TARGET\",\"year\":2025}";
                acks.add(producer.send(new ProducerRecord<>(TOPIC, "doc-1", json.getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<?> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
            Metric rate = producer.metrics().entrySet().stream()
                    .filter(e -> e.getKey().name().equals("compression-rate-avg")
                            && e.getKey().group().equals("producer-metrics"))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
            return ((Number) rate.metricValue()).doubleValue();
        } finally {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
