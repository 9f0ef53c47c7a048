package org.plantrack.devinfra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrack.events.Topics;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker is a real Kafka in a child JVM: topics, records and restarts behave as in production. */
class KafkaBrokerProcessTest {

    @TempDir
    static Path dir;
    static KafkaBrokerProcess broker;

    @BeforeAll
    static void startBroker() {
        broker = new KafkaBrokerProcess(dir.resolve("kafka"), dir.resolve("kafka.log"), Ports.free(), Ports.free(), false);
        broker.start(Duration.ofMinutes(2));
        KafkaTopics.ensurePlanTrackTopics(broker.bootstrapServers(), Duration.ofMinutes(1));
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    @Test
    void everyPlanTrackTopicHasSixPartitionsAnd16MiBRecords() throws Exception {
        try (Admin admin = admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.all()).allTopicNames().get();
            assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Topics.all());
            topics.values().forEach(t -> assertThat(t.partitions()).as(t.name()).hasSize(Topics.DEFAULT_PARTITIONS));

            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DOCUMENTS_INGESTED);
            String maxBytes = admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get("max.message.bytes").value();
            assertThat(maxBytes).isEqualTo(String.valueOf(16 * 1024 * 1024));
        }
    }

    @Test
    void extractedIndicatorsAreCompactedSoTheTargetDatabaseCanBeRebuiltFromThem() throws Exception {
        try (Admin admin = admin()) {
            // a topic made before the setting existed (here: set back to delete) gets it on the next ensure
            ConfigResource extracted = new ConfigResource(ConfigResource.Type.TOPIC, Topics.INDICATORS_EXTRACTED);
            ConfigResource ingested = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DOCUMENTS_INGESTED);
            var configs = admin.describeConfigs(List.of(extracted, ingested)).all().get();
            assertThat(configs.get(extracted).get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get(ingested).get("cleanup.policy").value()).isEqualTo("delete");

            admin.incrementalAlterConfigs(Map.of(extracted, List.of(new org.apache.kafka.clients.admin.AlterConfigOp(
                    new org.apache.kafka.clients.admin.ConfigEntry("cleanup.policy", "delete"),
                    org.apache.kafka.clients.admin.AlterConfigOp.OpType.SET)))).all().get();
            KafkaTopics.ensurePlanTrackTopics(broker.bootstrapServers(), Duration.ofMinutes(1));
            assertThat(admin.describeConfigs(List.of(extracted)).all().get().get(extracted)
                    .get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    void topicCreationIsIdempotentAndGrowsSmallerTopics() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic("grow-me", 2, (short) 1))).all().get();
            KafkaTopics.ensure(broker.bootstrapServers(), List.of("grow-me", Topics.DLQ_NLP), 6, Duration.ofSeconds(60));
            Map<String, TopicDescription> topics = admin.describeTopics(Set.of("grow-me", Topics.DLQ_NLP)).allTopicNames().get();
            assertThat(topics.get("grow-me").partitions()).hasSize(6);
            assertThat(topics.get(Topics.DLQ_NLP).partitions()).hasSize(6);
        }
    }

    @Test
    void recordsSurviveABrokerRestart() throws Exception {
        String topic = Topics.DOCUMENTS_ANALYZED;
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "doc-1", "森林覆盖率提高到45%")).get();
        }

        broker.stop();
        assertThat(broker.isAlive()).isFalse();
        broker.start(Duration.ofMinutes(2));

        Map<String, Object> consumerConfig = new HashMap<>();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-test");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
        }
        assertThat(seen).extracting(ConsumerRecord::value).containsExactly("森林覆盖率提高到45%");
        assertThat(seen.get(0).key()).isEqualTo("doc-1");
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }
}
