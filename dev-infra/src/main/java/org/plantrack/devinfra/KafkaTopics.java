package org.plantrack.devinfra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
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

    /**
     * Per-topic settings beyond the 16 MiB record limit. {@code plantrack.indicators.extracted.v1} is compacted,
     * not deleted after the broker's retention (7 days): each record is the complete indicator set of one document
     * (key: document id) and a later run replaces it, so compaction keeps exactly what target-service needs to be
     * rebuilt from the topic (README, "Rebuild the target database"), however old the document.
     * {@code plantrack.webhooks.v1} is compacted for the same reason: the latest registration (or tombstone) of each
     * webhook is what the gateway reads at start-up, however long ago it was registered.
     */
    public static final Map<String, Map<String, String>> TOPIC_CONFIGS = Map.of(
            Topics.INDICATORS_EXTRACTED, Map.of("cleanup.policy", "compact"),
            Topics.WEBHOOKS, Map.of("cleanup.policy", "compact"));

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
                configure(admin, names);
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
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            Map<String, String> configs = new HashMap<>(TOPIC_CONFIGS.getOrDefault(name, Map.of()));
            configs.put("max.message.bytes", String.valueOf(KafkaBrokerProcess.MAX_MESSAGE_BYTES));
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

    /** Topics created before a setting existed get it too (e.g. a data folder kept from an older version). */
    private static void configure(Admin admin, Collection<String> names) throws Exception {
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        TOPIC_CONFIGS.forEach((name, configs) -> {
            if (names.contains(name)) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, name), configs.entrySet().stream()
                        .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET))
                        .toList());
            }
        });
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
        }
    }

    private KafkaTopics() {
    }
}
