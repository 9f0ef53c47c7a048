package org.plantrack.gateway.webhook;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.plantrack.events.EventJson;
import org.plantrack.events.WebhookRegisteredV1;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Webhook registrations kept in a compacted Kafka topic (key: webhook id, value: {@link WebhookRegisteredV1}, a
 * tombstone on delete) instead of a database the gateway does not have. Every instance reads the whole topic at
 * start-up and then follows it, so all instances know the same webhooks and a restart forgets none.
 * <p>
 * Writes go to the topic first and are applied locally once the broker acknowledged them, so the instance that
 * answered a POST or DELETE shows its result at once; the others within moments, when their reader gets the record.
 * A plain consumer without a group (all partitions assigned, from the beginning): every instance must see every
 * registration, which is the opposite of what a consumer group does.
 */
public final class WebhookRegistry implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WebhookRegistry.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final String topic;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Webhook> hooks = new ConcurrentHashMap<>();
    /** Deleted here but the tombstone not read back yet: an older registration record must not revive them. */
    private final Set<String> deletedHere = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();
    private final Thread reader;
    private volatile boolean running = true;
    private volatile Runnable onChange = () -> { };

    public WebhookRegistry(String bootstrapServers, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "gateway-webhook-registry-writer"),
                new StringSerializer(), new StringSerializer());
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "gateway-webhook-registry-reader"),
                new StringDeserializer(), new StringDeserializer());
        this.reader = new Thread(this::read, "webhook-registry-reader");
        this.reader.setDaemon(true);
    }

    public WebhookRegistry start() {
        reader.start();
        return this;
    }

    /**
     * Called (on the thread that made the change) after a webhook was added or removed here and once the stored
     * registrations have been read: lets the webhook consumers pause while there is none.
     */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    private void changed() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "webhook registry change listener failed");
        }
    }

    /** True once every registration that existed at start-up has been read. */
    public boolean isCaughtUp() {
        return caughtUp.isDone();
    }

    /** Completes once every registration that existed at start-up has been read. */
    public CompletableFuture<Void> caughtUp() {
        return caughtUp;
    }

    /** Stores a registration durably (waits for the broker's acknowledgement), then applies it here. */
    public Webhook register(WebhookRegisteredV1 registration) {
        send(registration.webhookId(), new String(EventJson.toBytes(registration), StandardCharsets.UTF_8));
        Webhook hook = hooks.computeIfAbsent(registration.webhookId(), id -> Webhook.from(registration));
        changed();
        return hook;
    }

    /** Writes the tombstone, then forgets the webhook here; false when this instance does not know it. */
    public boolean remove(String id) {
        if (!hooks.containsKey(id)) {
            return false;
        }
        deletedHere.add(id);
        send(id, null);
        Webhook hook = hooks.remove(id);
        if (hook != null) {
            hook.deactivate();
        }
        changed();
        return true;
    }

    public Optional<Webhook> get(String id) {
        return Optional.ofNullable(hooks.get(id));
    }

    public Collection<Webhook> all() {
        return hooks.values();
    }

    public int size() {
        return hooks.size();
    }

    /** The live map, for a size gauge. */
    Map<String, Webhook> view() {
        return hooks;
    }

    private void send(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted while writing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new RegistryUnavailableException("could not write to " + topic + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
    }

    private void read() {
        try {
            Map<TopicPartition, Long> startEnd = assignFromTheBeginning();
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
                if (!isCaughtUp() && startEnd.entrySet().stream()
                        .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    LOG.infof("webhook registry read %s: %d webhooks", topic, hooks.size());
                    caughtUp.complete(null);
                    changed();
                }
            }
        } catch (WakeupException e) {
            // close() stops the reader
        } catch (RuntimeException e) {
            if (running) {
                LOG.errorf(e, "webhook registry reader of %s stopped", topic);
            }
        } finally {
            consumer.close();
        }
    }

    /**
     * Assigns every partition from its beginning and answers where each ended at start-up. A broker too slow to
     * answer in time (at start-up, on a loaded machine) is asked again: giving up would leave the registrations
     * unread and the gateway not ready until it is restarted.
     */
    private Map<TopicPartition, Long> assignFromTheBeginning() {
        while (running) {
            try {
                List<TopicPartition> partitions = partitions();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                return consumer.endOffsets(partitions);
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.warnf("webhook registry topic %s: the broker did not answer in time (%s); asking again", topic,
                        e.getMessage());
            }
        }
        throw new WakeupException();
    }

    /** True while the reader runs: it stops only when the registry is closed. */
    boolean isReading() {
        return reader.isAlive();
    }

    /** Waits for the topic to exist (topics are created by the launcher or compose, maybe after we started). */
    private List<TopicPartition> partitions() {
        while (running) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            LOG.warnf("webhook registry topic %s does not exist yet; waiting for it", topic);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WakeupException();
            }
        }
        throw new WakeupException();
    }

    private void apply(ConsumerRecord<String, String> record) {
        String id = record.key();
        if (id == null) {
            return;
        }
        if (record.value() == null) {
            deletedHere.remove(id);
            Webhook removed = hooks.remove(id);
            if (removed != null) {
                removed.deactivate();
                changed();
            }
            return;
        }
        if (deletedHere.contains(id)) {
            return;
        }
        try {
            WebhookRegisteredV1 registration = EventJson.fromBytes(record.value().getBytes(StandardCharsets.UTF_8),
                    WebhookRegisteredV1.class);
            // registrations never change: one already known keeps its delivery counts
            if (hooks.putIfAbsent(id, Webhook.from(registration)) == null) {
                changed();
            }
        } catch (RuntimeException e) {
            LOG.warnf("ignoring unreadable webhook registration %s (%s-%d@%d): %s", id, record.topic(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            consumer.wakeup();
        } catch (RuntimeException alreadyClosed) {
            // the reader had stopped on its own
        }
        try {
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /** The topic could not be written: the request is answered 503 and nothing was changed. */
    public static final class RegistryUnavailableException extends RuntimeException {
        RegistryUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
