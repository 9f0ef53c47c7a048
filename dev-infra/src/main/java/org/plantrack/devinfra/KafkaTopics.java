package org.plantrack.devinfra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.plantrack.events.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates PlanTrack's topics on any broker (the local one or an external one). Idempotent: existing topics are
 * kept, and one with fewer partitions than asked for is grown (never shrunk, Kafka cannot do that).
 */
public final class KafkaTopics {

    /** Every topic of {@link Topics#all()} with {@link Topics#DEFAULT_PARTITIONS} partitions and 16 MiB records. */
    public static void ensurePlanTrackTopics(String bootstrapServers, Duration timeout) {
        ensure(bootstrapServers, Topics.all(), Topics.DEFAULT_PARTITIONS, timeout);
    }

    public static void ensure(String bootstrapServers, Collection<String> names, int partitions, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000))) {
                create(admin, names, partitions);
                grow(admin, names, partitions);
                return;
            } catch (ExecutionException e) {
                last = e.getCause() instanceof Exception cause ? cause : e;
            } catch (Exception e) {
                last = e;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating topics", e);
            }
        }
        throw new IllegalStateException("could not create topics on " + bootstrapServers + " within " + timeout, last);
    }

    private static void create(Admin admin, Collection<String> names, int partitions) throws Exception {
        Map<String, String> configs = Map.of("max.message.bytes", String.valueOf(KafkaBrokerProcess.MAX_MESSAGE_BYTES));
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            topics.add(new NewTopic(name, partitions, (short) 1).configs(configs));
        }
        for (var result : admin.createTopics(topics).values().values()) {
            try {
                result.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private static void grow(Admin admin, Collection<String> names, int partitions) throws Exception {
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
        Map<String, NewPartitions> increases = new HashMap<>();
        descriptions.forEach((name, description) -> {
            if (description.partitions().size() < partitions) {
                increases.put(name, NewPartitions.increaseTo(partitions));
            }
        });
        if (!increases.isEmpty()) {
            Log.info("growing topics to " + partitions + " partitions: " + increases.keySet());
            admin.createPartitions(increases).all().get(30, TimeUnit.SECONDS);
        }
    }

    private KafkaTopics() {
    }
}
