package org.plantrack.gateway.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live streams start at the latest offset, so the gateway is only useful to subscribers once its consumers own
 * their partitions and know where "latest" is. Readiness says so: a client (or the launcher) that waits for it
 * does not miss the first events. On assignment the positions are resolved at once (instead of at the first
 * fetch), so an event published after readiness turned UP is never skipped.
 */
@ApplicationScoped
@Identifier("live-events-rebalance")
@Readiness
public class LiveConsumersReadiness implements KafkaConsumerRebalanceListener, HealthCheck {

    private static final Logger LOG = Logger.getLogger(LiveConsumersReadiness.class);
    private static final Set<String> TOPICS = Set.of("plantrack.indicators.events.v1", "plantrack.targets.updated.v1",
            "plantrack.documents.states.v1");

    private final Set<String> assignedTopics = ConcurrentHashMap.newKeySet();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            consumer.position(partition);
            assignedTopics.add(partition.topic());
        }
        LOG.debugf("live consumer assigned %s", partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        // a group of one member gets the same partitions back at once; stay ready meanwhile
    }

    @Override
    public HealthCheckResponse call() {
        boolean live = assignedTopics.containsAll(TOPICS);
        return HealthCheckResponse.named("Live event consumers")
                .status(live)
                .withData("assigned", String.join(",", assignedTopics))
                .build();
    }
}
