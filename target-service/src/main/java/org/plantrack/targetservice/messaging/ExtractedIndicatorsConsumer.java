package org.plantrack.targetservice.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.MalformedEventException;
import org.plantrack.events.Topics;
import org.plantrack.targetservice.service.AggregationService;
import org.plantrack.observability.RecordContext;

/**
 * Consumes indicator sets. The value is parsed here from raw bytes so a poison record reaches the dead-letter topic
 * unchanged. A database failure is retried with backoff (the partition waits: order per document matters); only a
 * record that is malformed, or keeps failing after all attempts, is nacked to the dead-letter topic. The record is
 * acknowledged after the commit; the events of the change are then published from the outbox by its own thread.
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

    @ConfigProperty(name = "plantrack.apply.attempts", defaultValue = "8")
    int attempts;

    @ConfigProperty(name = "plantrack.apply.backoff-ms", defaultValue = "500")
    long backoffMs;

    public ExtractedIndicatorsConsumer(AggregationService aggregation, MeterRegistry registry) {
        this.aggregation = aggregation;
        this.applied = Counter.builder("plantrack.target.indicator.sets").tag("result", "applied").register(registry);
        this.ignored = Counter.builder("plantrack.target.indicator.sets").tag("result", "stale").register(registry);
        this.deadLetters = Counter.builder("plantrack.target.dead.letters").register(registry);
        // the same count under the name every service uses (plantrack_dead_letters_total{topic} on the dashboard)
        this.deadLettersByTopic = Counter.builder("plantrack.dead.letters").tag("topic", Topics.INDICATORS_EXTRACTED)
                .register(registry);
        this.timer = Timer.builder("plantrack.target.apply").description("time to apply one indicator set")
                .register(registry);
    }

    @Incoming("indicators-in")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        // every line logged for this record carries its document id (the key); the outbox rows continue its trace
        RecordContext.run(record, () -> process(record));
    }

    private void process(ConsumerRecord<String, byte[]> record) {
        IndicatorsExtractedV1 event;
        try {
            event = parse(record.value());
        } catch (MalformedEventException e) {
            deadLetters.increment();
            deadLettersByTopic.increment();
            LOG.warnf("record %s-%d@%d (key %s) is not a valid IndicatorsExtractedV1, sending it to the dead-letter "
                    + "topic: %s", record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
            throw e;
        }
        AggregationService.Result result = applyWithRetry(event);
        if (result.applied()) {
            applied.increment();
            LOG.infof("document %s run %d: +%d -%d indicators, %d targets changed", event.documentId(),
                    event.analysisRun(), result.added(), result.retracted(), result.targetsChanged());
        } else {
            ignored.increment();
            LOG.infof("document %s: ignored, %s", event.documentId(), result.reason());
        }
        // no publishing here: the commit woke the outbox publisher thread (OutboxWritten, AFTER_SUCCESS), so the
        // next record is not held up by the broker round trips of this one's events
    }

    private AggregationService.Result applyWithRetry(IndicatorsExtractedV1 event) {
        long wait = backoffMs;
        for (int attempt = 1; ; attempt++) {
            try {
                return timer.record(() -> aggregation.apply(event));
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    deadLetters.increment();
                    deadLettersByTopic.increment();
                    throw new IllegalStateException("applying the indicators of document " + event.documentId()
                            + " failed " + attempt + " times: " + e, e);
                }
                LOG.warnf("applying the indicators of document %s failed (attempt %d of %d), retrying in %d ms: %s",
                        event.documentId(), attempt, attempts, wait, e.toString());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", ie);
                }
                wait = Math.min(wait * 2, 30_000);
            }
        }
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
