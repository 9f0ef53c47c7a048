package org.plantrack.ingest.messaging;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * plantrack.outbox.compression (PLANTRACK_KAFKA_COMPRESSION) reaches the relay's producer: DocumentIngestedV1-like
 * records (a document base64-encoded in JSON) sent to a real broker are compressed with lz4 by default and left
 * uncompressed with none. The producer's own
 * compression-rate-avg metric says what it did to the batches.
 */
class OutboxProducerCompressionTest {

    /** Not a topic the application reads. */
    private static final String TOPIC = "plantrack.test.ingest-outbox-compression";

    @BeforeAll
    static void createTopic() {
        // created up front: a send that first has to create its topic can take long on a busy machine
        TestKafka.createTopics(List.of(TOPIC), 1);
    }

    @Test
    void lz4ShrinksTheBatches() throws Exception {
        assertThat(compressionRateOfSends("lz4")).isLessThan(0.9);
    }

    @Test
    void noneSendsTheRecordsAsTheyAre() throws Exception {
        assertThat(compressionRateOfSends("none")).isEqualTo(1.0);
    }

    private static double compressionRateOfSends(String compression) throws Exception {
        KafkaProducerFactory factory = new KafkaProducerFactory();
        factory.bootstrapServers = TestKafka.bootstrapServers();
        factory.maxRequestBytes = 1024 * 1024;
        factory.sendTimeout = Duration.ofSeconds(30);
        factory.compression = compression;
        Producer<String, byte[]> producer = factory.outboxProducer();
        try {
            String text = "到2025年，全市地区生产总值达到5000亿元，森林覆盖率提高到45%以上，常住人口城镇化率达到70%。".repeat(40);
            String content = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
            List<Future<?>> acks = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String json = "{\"eventId\":\"e-" + i + "\",\"schemaVersion\":1,\"documentId\":\"d-" + i
                        + "\",\"content\":\"" + content + "\"}";
                acks.add(producer.send(new ProducerRecord<>(TOPIC, "d-" + i, json.getBytes(StandardCharsets.UTF_8))));
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
            factory.close(producer);
        }
    }
}
