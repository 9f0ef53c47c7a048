package org.plantrack.ingest.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.MalformedEventException;
import org.plantrack.events.Topics;
import org.plantrack.ingest.service.DocumentService;
import org.plantrack.observability.RecordContext;
import org.plantrack.retry.DeadLetterSender;
import org.plantrack.retry.DeadLetterSenders;
import org.plantrack.retry.GivenUpException;
import org.plantrack.retry.Retries;

import java.util.ArrayList;
import java.util.List;

/**
 * Tracks analysis outcomes, a poll's worth of records at a time: all outcomes of a poll are applied in one
 * transaction, in record order, and the batch is acknowledged only after that commit. One commit per poll instead
 * of one per record was most of the cost of storing an outcome under load.
 * <p>
 * Records are read as bytes and parsed here, so an unreadable record is recognised as such: the document it is
 * keyed by ends FAILED with the reason (in the same transaction, in its place among the others) and the record
 * itself is sent to the dead-letter topic by this class, one record at a time, so the good outcomes of its batch
 * are kept (the connector's dead-letter strategy would send the whole batch there). A transient failure (the
 * database is down, a lock timed out) is retried until the batch is stored (the until-done variant of the retry
 * policy, docs/reliability.md "Retries"), never dead-lettered, because a lost outcome would leave its document
 * RECEIVED forever. A failure no retry can fix (the database refuses a value of one outcome) is not retried: the
 * batch is stored record by record, and the refused outcome's document ends FAILED with the reason while the record
 * goes to the dead-letter topic. A dead letter is sent with the until-done variant: the batch is acknowledged only
 * after it.
 */
@ApplicationScoped
public class AnalysisResultConsumer {

    private static final Logger LOG = Logger.getLogger(AnalysisResultConsumer.class);

    @Inject
    DocumentService documents;

    @Inject
    MeterRegistry metrics;

    @Inject
    Retries retries;

    /** The retry module's dead-letter producer (plantrack.dead-letter.*): acknowledged before the batch is. */
    @Inject
    DeadLetterSenders deadLetters;

    /** One record of a batch: its outcome, or why it is a dead letter (unreadable, or refused by the database). */
    private record Result(ConsumerRecord<String, byte[]> record, DocumentAnalyzedV1 event, String deadLetter) {
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
            if (result.deadLetter() != null) {
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
            LOG.warnf("analysis result %s-%d@%d set aside, sending it to the dead-letter topic: %s",
                    result.record().topic(), result.record().partition(), result.record().offset(),
                    result.deadLetter());
        } else if (documentChanged) {
            documents.countApplied(event.outcome());
            LOG.infof("document %s run %d: %s", event.documentId(), event.analysisRun(), event.outcome());
        }
    }

    /**
     * Stores the batch in one transaction, retried whole until it commits; when the service stops first, the batch
     * is not acknowledged (failure-strategy=fail) and is delivered again after the restart. When the database
     * refuses the batch for a reason no retry can fix (a value it cannot store: PermanentFailures), its records are
     * stored one by one, so that only the one it refuses is set aside.
     * @return per record, whether it applied
     */
    private boolean[] storeWithRetry(List<Result> batch) {
        try {
            return storeInOneTransaction("storing " + batch.size() + " analysis results", batch);
        } catch (GivenUpException e) {
            if (!e.permanent()) {
                throw e;
            }
            LOG.warnf("a batch of %d analysis results is refused for good, storing them one by one: %s",
                    batch.size(), e.getMessage());
        }
        boolean[] changed = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            changed[i] = storeAlone(batch, i);
        }
        return changed;
    }

    /**
     * Stores one record of a refused batch. If the database refuses it too, the run it reports ends FAILED with the
     * reason, and the record becomes a dead letter with the same reason (it replaces its entry in {@code batch}).
     */
    private boolean storeAlone(List<Result> batch, int index) {
        ConsumerRecord<String, byte[]> record = batch.get(index).record();
        String what = record.topic() + "-" + record.partition() + "@" + record.offset();
        try {
            return storeInOneTransaction("storing the analysis result " + what, List.of(batch.get(index)))[0];
        } catch (GivenUpException e) {
            if (!e.permanent()) {
                throw e;
            }
            Result refused = new Result(record, null, "the analysis result could not be stored: " + e.getMessage());
            batch.set(index, refused);
        }
        try {
            return storeInOneTransaction("failing the document of " + what, List.of(batch.get(index)))[0];
        } catch (GivenUpException e) {
            if (!e.permanent()) {
                throw e;
            }
            LOG.errorf("%s: not even its FAILED state can be stored (the dead letter keeps the reason): %s", what,
                    e.getMessage());
            return false;
        }
    }

    /** Stores {@code results} in one transaction, retried until it commits or fails for good (until-done). */
    private boolean[] storeInOneTransaction(String what, List<Result> results) {
        return retries.untilDone().call(what, () -> QuarkusTransaction.requiringNew().call(() -> store(results)));
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
                    && documents.failUnreadableResult(result.record().key(), result.deadLetter()));
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
     * Sends a record to the dead-letter topic unchanged, with the headers the connector's dead-letter strategy writes
     * (reason, origin), and waits for the broker's acknowledgement ({@link DeadLetterSender}): the batch is
     * acknowledged only afterwards, so a crash in between sends the record again rather than losing it.
     */
    private void deadLetter(Result result) {
        if (deadLetters.to(Topics.DLQ_INGEST).send(result.record(), result.deadLetter())) {
            metrics.counter("plantrack.dead.letters", "topic", result.record().topic()).increment();
        }
    }

}
