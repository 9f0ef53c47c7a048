package org.plantrack.ingest.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.MalformedEventException;
import org.plantrack.events.DeadLetterRecords;
import org.plantrack.events.Topics;
import org.plantrack.ingest.service.DocumentService;
import org.plantrack.observability.RecordContext;
import org.plantrack.retry.Retries;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tracks analysis outcomes, a poll's worth of records at a time: all outcomes of a poll are applied in one
 * transaction, in record order, and the batch is acknowledged only after that commit. One commit per poll instead
 * of one per record was most of the cost of storing an outcome under load.
 * <p>
 * Records are read as bytes and parsed here, so an unreadable record is recognised as such: the document it is
 * keyed by ends FAILED with the reason (in the same transaction, in its place among the others) and the record
 * itself is sent to the dead-letter topic by this class, one record at a time, so the good outcomes of its batch
 * are kept (the connector's dead-letter strategy would send the whole batch there). Any other failure (the
 * database is down, a lock timed out) is transient: the batch is retried until it is stored (the until-done variant
 * of the retry policy, docs/reliability.md "Retries"), never dead-lettered, because a lost outcome would leave its
 * document RECEIVED forever. A dead letter is sent with the same variant: the batch is acknowledged only after it.
 */
@ApplicationScoped
public class AnalysisResultConsumer {

    private static final Logger LOG = Logger.getLogger(AnalysisResultConsumer.class);

    @Inject
    DocumentService documents;

    @Inject
    MeterRegistry metrics;

    /** The outbox relay's plain producer (outbox module): a dead letter must be acknowledged before the batch. */
    @Inject
    Producer<String, byte[]> producer;

    @Inject
    Retries retries;

    @ConfigProperty(name = "plantrack.outbox.send-timeout", defaultValue = "PT30S")
    Duration sendTimeout;

    /** One record of a batch: its outcome, or why it could not be read (then it is a dead letter). */
    private record Result(ConsumerRecord<String, byte[]> record, DocumentAnalyzedV1 event, String unreadable) {
    }

    @Incoming("documents-analyzed")
    @Blocking
    public void onResults(ConsumerRecords<String, byte[]> records) {
        List<Result> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            batch.add(parse(record));
        }
        boolean[] changed = storeWithRetry(batch);
        for (int i = 0; i < batch.size(); i++) {
            Result result = batch.get(i);
            boolean documentChanged = changed[i];
            RecordContext.run(result.record(), () -> afterCommit(result, documentChanged));
        }
        for (Result result : batch) {
            if (result.unreadable() != null) {
                deadLetter(result);
            }
        }
    }

    private void afterCommit(Result result, boolean documentChanged) {
        DocumentAnalyzedV1 event = result.event();
        if (event == null) {
            if (documentChanged) {
                documents.countUnreadable();
            }
            LOG.warnf("analysis result %s-%d@%d unreadable, sending it to the dead-letter topic: %s",
                    result.record().topic(), result.record().partition(), result.record().offset(),
                    result.unreadable());
        } else if (documentChanged) {
            documents.countApplied(event.outcome());
            LOG.infof("document %s run %d: %s", event.documentId(), event.analysisRun(), event.outcome());
        }
    }

    /**
     * Stores the batch in one transaction, retried whole until it commits; when the service stops first, the batch
     * is not acknowledged (failure-strategy=fail) and is delivered again after the restart.
     * @return per record, whether it applied
     */
    private boolean[] storeWithRetry(List<Result> batch) {
        return retries.untilDone().call("storing " + batch.size() + " analysis results",
                () -> QuarkusTransaction.requiringNew().call(() -> store(batch)));
    }

    /**
     * In record order: a redelivered or second outcome of a run finds the document final (the first one's update
     * is visible inside the transaction) and changes nothing, as it would in a later batch.
     */
    private boolean[] store(List<Result> batch) {
        boolean[] changed = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Result result = batch.get(i);
            int index = i;
            RecordContext.run(result.record(), () -> changed[index] = result.event() != null
                    ? documents.applyAnalysis(result.event())
                    : result.record().key() != null
                    && documents.failUnreadableResult(result.record().key(), result.unreadable()));
        }
        return changed;
    }

    private Result parse(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.value() == null) {
                throw new MalformedEventException("empty DocumentAnalyzedV1 record", null);
            }
            DocumentAnalyzedV1 event = EventJson.fromBytes(record.value(), DocumentAnalyzedV1.class);
            if (event.documentId() == null || event.outcome() == null) {
                throw new MalformedEventException("DocumentAnalyzedV1 without documentId or outcome", null);
            }
            return new Result(record, event, null);
        } catch (MalformedEventException e) {
            return new Result(record, null, "analysis result unreadable: " + e.getMessage());
        }
    }

    /**
     * Sends an unreadable record to the dead-letter topic unchanged, with the headers the connector's dead-letter
     * strategy writes (reason, origin), and waits for the broker's acknowledgement: the batch is acknowledged only
     * afterwards, so a crash in between sends the record again rather than losing it.
     */
    private void deadLetter(Result result) {
        ConsumerRecord<String, byte[]> record = result.record();
        ProducerRecord<String, byte[]> dead = DeadLetterRecords.of(Topics.DLQ_INGEST, record, result.unreadable());
        retries.untilDone().call("sending " + record.topic() + "-" + record.partition() + "@" + record.offset()
                        + " to the dead-letter topic",
                () -> producer.send(dead).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS));
        metrics.counter("plantrack.dead.letters", "topic", record.topic()).increment();
    }

}
