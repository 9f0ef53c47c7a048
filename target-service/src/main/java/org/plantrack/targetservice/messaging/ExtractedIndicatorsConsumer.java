package org.plantrack.targetservice.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.MalformedEventException;
import org.plantrack.events.Topics;
import org.plantrack.targetservice.service.AggregationService;
import org.plantrack.observability.RecordContext;
import org.plantrack.retry.Retries;
import org.plantrack.retry.RetryPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Consumes indicator sets a poll at a time. Each value is parsed here from raw bytes so a poison record reaches the
 * dead-letter topic unchanged. The valid sets of a poll are applied in ONE transaction, in the order of the poll
 * (per partition, so one document's runs keep their order): one commit, one offset commit and one outbox wake-up per
 * poll instead of per document, and the poll's targets are locked once, in id order, before anything is written.
 * A database failure is retried with the bounded variant of the retry policy (docs/reliability.md "Retries"; the
 * partitions wait: order per document matters); when the poll still fails after all attempts, its sets are applied
 * one by one, each with its own retries, so only the set that keeps failing is dead-lettered, with the reason, and
 * the rest of the poll is applied. Malformed records are nacked to the
 * dead-letter topic after the commit; the poll is acknowledged last.
 */
@ApplicationScoped
public class ExtractedIndicatorsConsumer {

    private static final Logger LOG = Logger.getLogger(ExtractedIndicatorsConsumer.class);

    private final AggregationService aggregation;
    private final Counter applied;
    private final Counter ignored;
    private final Counter deadLetters;
    private final Counter deadLettersByTopic;
    private final Timer timer;
    private final Timer batchTimer;

    private final RetryPolicy retry;

    public ExtractedIndicatorsConsumer(AggregationService aggregation, Retries retries, MeterRegistry registry) {
        this.aggregation = aggregation;
        this.retry = retries.bounded();
        this.applied = Counter.builder("plantrack.target.indicator.sets").tag("result", "applied").register(registry);
        this.ignored = Counter.builder("plantrack.target.indicator.sets").tag("result", "stale").register(registry);
        this.deadLetters = Counter.builder("plantrack.target.dead.letters").register(registry);
        // the same count under the name every service uses (plantrack_dead_letters_total{topic} on the dashboard)
        this.deadLettersByTopic = Counter.builder("plantrack.dead.letters").tag("topic", Topics.INDICATORS_EXTRACTED)
                .register(registry);
        this.timer = Timer.builder("plantrack.target.apply")
                .description("time to apply one indicator set (inside its poll's transaction, without the commit)")
                .register(registry);
        this.batchTimer = Timer.builder("plantrack.target.apply.batch")
                .description("time to apply one poll's indicator sets, locks and commit included")
                .register(registry);
    }

    /** One record of the poll with its parsed set, or why it goes to the dead-letter topic (unreadable or failing). */
    private record Item(KafkaRecord<String, byte[]> message, ConsumerRecord<String, byte[]> record,
                        IndicatorsExtractedV1 event, RuntimeException failure) {
    }

    @Incoming("indicators-in")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<Item> valid = new ArrayList<>();
        List<Item> failed = new ArrayList<>();
        for (KafkaRecord<String, byte[]> message : batch.getRecords()) {
            @SuppressWarnings("unchecked")
            ConsumerRecord<String, byte[]> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(m -> (ConsumerRecord<String, byte[]>) m.getRecord()).orElseThrow();
            try {
                valid.add(new Item(message, record, parse(record.value()), null));
            } catch (MalformedEventException e) {
                RecordContext.run(record, () -> LOG.warnf("record %s-%d@%d (key %s) is not a valid "
                        + "IndicatorsExtractedV1, sending it to the dead-letter topic: %s", record.topic(),
                        record.partition(), record.offset(), record.key(), e.getMessage()));
                failed.add(new Item(message, record, null, e));
            }
        }
        if (!valid.isEmpty()) {
            try {
                retry.run("applying " + valid.size() + " indicator sets of one poll", () -> applyPoll(valid));
            } catch (RuntimeException pollFailed) {
                LOG.warnf("the poll of %d indicator sets keeps failing, applying its sets one by one: %s",
                        valid.size(), pollFailed.getCause());
                for (Item item : valid) {
                    try {
                        retry.run("applying the indicators of document " + item.event().documentId(),
                                () -> applyPoll(List.of(item)));
                    } catch (RuntimeException e) {
                        failed.add(new Item(item.message(), item.record(), item.event(), e));
                    }
                }
            }
        }
        for (Item item : failed) { // after the commit: a crash before it redelivers the poll, nothing is lost
            deadLetters.increment();
            deadLettersByTopic.increment();
            item.message().nack(item.failure()).toCompletableFuture().join();
        }
        return batch.ack();
    }

    /** Applies the sets in one transaction and logs what each did, in its record's context, once committed. */
    private void applyPoll(List<Item> items) {
        List<AggregationService.Result> results = new ArrayList<>(items.size());
        batchTimer.record(() -> QuarkusTransaction.requiringNew().run(() -> {
            results.clear(); // a retry starts over
            AggregationService.BatchLocks locks = aggregation.lockBatch(items.stream().map(Item::event).toList());
            for (Item item : items) {
                RecordContext.run(item.record(), () -> results.add(
                        timer.record(() -> aggregation.applyInBatch(item.event(), locks))));
            }
        }));
        for (int n = 0; n < items.size(); n++) {
            IndicatorsExtractedV1 event = items.get(n).event();
            AggregationService.Result result = results.get(n);
            RecordContext.run(items.get(n).record(), () -> {
                if (result.applied()) {
                    applied.increment();
                    LOG.infof("document %s run %d: +%d -%d indicators, %d targets changed", event.documentId(),
                            event.analysisRun(), result.added(), result.retracted(), result.targetsChanged());
                } else {
                    ignored.increment();
                    LOG.infof("document %s: ignored, %s", event.documentId(), result.reason());
                }
            });
        }
        // no publishing here: the commit woke the outbox publisher thread (OutboxWritten, AFTER_SUCCESS), so the
        // next poll is not held up by the broker round trips of this one's events
    }

    static IndicatorsExtractedV1 parse(byte[] value) {
        if (value == null) {
            throw new MalformedEventException("the record has no value", null);
        }
        IndicatorsExtractedV1 event = EventJson.fromBytes(value, IndicatorsExtractedV1.class);
        if (event.documentId() == null || event.documentId().isBlank()) {
            throw new MalformedEventException("IndicatorsExtractedV1 without documentId", null);
        }
        if (event.indicators() == null) {
            throw new MalformedEventException("IndicatorsExtractedV1 of " + event.documentId()
                    + " without an indicator list (an empty list is how a set is emptied)", null);
        }
        for (IndicatorV1 i : event.indicators()) {
            if (i == null || i.id() == null || i.id().isBlank() || i.value() == null) {
                throw new MalformedEventException("IndicatorsExtractedV1 of " + event.documentId()
                        + " has an indicator without id or value: " + i, null);
            }
        }
        return event;
    }
}
