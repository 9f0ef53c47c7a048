package org.plantrack.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Plain Kafka clients on the test broker ({@link TestKafka}): publish what a peer service would, read what the
 * service under test published. Reads start at the beginning of the topic with a fresh group, so they see records
 * written before the call.
 */
public final class TestTopics {

    /** Uploads travel inside events; the broker's topics allow records this large. */
    private static final int MAX_FETCH_BYTES = 20 * 1024 * 1024;

    private TestTopics() {
    }

    public static void publish(String topic, String key, byte[] value) {
        publish(topic, key, value, null);
    }

    /** Publishes with a {@code traceparent} header when one is given, as a traced peer service would. */
    public static void publish(String topic, String key, byte[] value, String traceparent) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_FETCH_BYTES);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** The records matching the predicate that are on the topic within the timeout, stopping at {@code count}. */
    public static List<ConsumerRecord<String, byte[]>> read(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
                                                           int count, Duration timeout) {
        return read(topic, match, count, count, timeout, Duration.ZERO);
    }

    /**
     * Every record with this key on the topic: reads until {@code atLeast} were found (or the timeout), then on for
     * {@code settle} more, so a test can also see duplicates that should not be there.
     */
    public static List<ConsumerRecord<String, byte[]>> recordsWithKey(String topic, String key, int atLeast,
                                                                     Duration timeout, Duration settle) {
        return read(topic, r -> key.equals(r.key()), Integer.MAX_VALUE, atLeast, timeout, settle);
    }

    private static List<ConsumerRecord<String, byte[]>> read(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
                                                            int stopAt, int settleFrom, Duration timeout,
                                                            Duration settle) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_FETCH_BYTES);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long settleUntil = Long.MAX_VALUE;
            while (found.size() < stopAt && System.nanoTime() < Math.min(deadline, settleUntil)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(r)) {
                        found.add(r);
                    }
                }
                if (found.size() >= settleFrom && settleUntil == Long.MAX_VALUE) {
                    settleUntil = System.nanoTime() + settle.toNanos();
                }
            }
        }
        return found;
    }
}
