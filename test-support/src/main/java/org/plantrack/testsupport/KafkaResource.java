package org.plantrack.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.plantrack.events.Topics;

import java.util.Map;

/**
 * Quarkus test resource: a real KRaft broker with every PlanTrack topic created (so consumers see partitions
 * from the start). Use {@code @WithTestResource(KafkaResource.class)}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String bootstrap = TestKafka.bootstrapServers();
        TestKafka.createTopics(Topics.all(), Topics.DEFAULT_PARTITIONS);
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM, shared by every test class
    }
}
