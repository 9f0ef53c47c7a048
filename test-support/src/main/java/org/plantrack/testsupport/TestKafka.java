package org.plantrack.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

/**
 * One real KRaft broker per test JVM, started in-process with Kafka's own test kit. {@code PLANTRACK_KAFKA_BOOTSTRAP}
 * (or the system property {@code plantrack.kafka.bootstrap}) points the tests at an external broker instead.
 */
public final class TestKafka {

    private static KafkaClusterTestKit cluster;
    private static String bootstrap;
    /** Shutdown work the test kit registers (deleting its data directories), run only after the broker closed. */
    private static final List<Runnable> deferredCleanups = new CopyOnWriteArrayList<>();

    public static synchronized String bootstrapServers() {
        if (bootstrap != null) {
            return bootstrap;
        }
        String external = Env.get("plantrack.kafka.bootstrap", "PLANTRACK_KAFKA_BOOTSTRAP");
        if (external != null) {
            bootstrap = external;
            return bootstrap;
        }
        try {
            // The test kit deletes its temporary directories in shutdown hooks of its own, which the JVM runs
            // concurrently with ours: a broker still closing then sees its log directory vanish, treats it as
            // failed and halts the JVM with status 1, which fails an otherwise green surefire run. Collect those
            // hooks and run them from stop(), after the broker has closed.
            Exit.setShutdownHookAdder((name, hook) -> deferredCleanups.add(hook));
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("message.max.bytes", String.valueOf(16 * 1024 * 1024))
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            bootstrap = cluster.bootstrapServers();
            Runtime.getRuntime().addShutdownHook(new Thread(TestKafka::stop, "test-kafka-stop"));
            return bootstrap;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-process Kafka broker", e);
        }
    }

    /** Creates the topics that do not exist yet, with the given partition count. */
    public static void createTopics(Collection<String> names, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            List<NewTopic> topics = names.stream()
                    .map(name -> new NewTopic(name, partitions, (short) 1)
                            .configs(Map.of("max.message.bytes", String.valueOf(16 * 1024 * 1024))))
                    .toList();
            for (var result : admin.createTopics(topics).values().values()) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create topics " + names, e.getCause());
        }
    }

    static synchronized void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception ignored) {
                // the JVM is going away; nothing useful to do
            }
            cluster = null;
        }
        for (Runnable cleanup : deferredCleanups) {
            try {
                cleanup.run();
            } catch (RuntimeException ignored) {
                // best effort: temporary files only
            }
        }
        deferredCleanups.clear();
    }

    private TestKafka() {
    }
}
