package org.plantrack.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The test infrastructure itself is real: a record goes through the broker, SQL runs on PostgreSQL. */
class InfrastructureTest {

    @Test
    void recordRoundTripsThroughTheInProcessBroker() throws Exception {
        String topic = "infra-test";
        TestKafka.createTopics(List.of(topic), 2);
        Map<String, Object> common = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(common, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "太原", "高新技术企业 4500 家")).get();
        }
        var consumerConfig = new java.util.HashMap<String, Object>(common);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "infra-test");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (seen.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
        }
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).key()).isEqualTo("太原");
        assertThat(seen.get(0).value()).isEqualTo("高新技术企业 4500 家");
    }

    @Test
    void eachDatabaseNameGetsItsOwnDatabase() throws Exception {
        String url = TestPostgres.jdbcUrl("infra_test");
        assertThat(TestPostgres.jdbcUrl("infra_test")).isEqualTo(url);
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
             Statement st = c.createStatement()) {
            st.execute("create table if not exists t (v text)");
            st.execute("insert into t values ('十四五')");
            try (ResultSet rs = st.executeQuery("select current_database(), count(*) from t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("infra_test");
                assertThat(rs.getInt(2)).isPositive();
            }
        }
    }
}
