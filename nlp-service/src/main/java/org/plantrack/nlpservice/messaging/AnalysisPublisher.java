package org.plantrack.nlpservice.messaging;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.nlpservice.service.AnalysisOutcome;
import org.plantrack.observability.RecordContext;
import org.plantrack.retry.GivenUpException;
import org.plantrack.retry.Retries;
import org.plantrack.retry.RetryPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Publishes the results of a poll's analyses, keyed by document id, and returns only once the broker has
 * acknowledged every record (or a record failed for good). All indicator sets of the poll are sent at once and
 * awaited together, then all outcomes: two broker round trips per poll instead of two per document, and still "an
 * ANALYZED outcome implies its indicators are in the broker" (the two records go to different topics through
 * different producers, so Kafka would not order them by itself). A crash in between means the incoming records are
 * not acknowledged and are analysed again; the duplicate indicator set is harmless because target-service replaces
 * sets idempotently (per document, keyed by analysis run).
 * <p>
 * A record the producer could not deliver (after its own retries) is sent again with the bounded variant of the
 * retry policy (docs/reliability.md "Retries"), on its own: the fault-tolerance timer starts each new attempt, so the
 * records of the poll that got through are not held up by it. A record refused for a reason no retry can fix (too
 * large for the producer or the broker) is not sent again (PermanentFailures). One that never gets through ends in
 * the answer, and {@link #publishFailures} then ends its run FAILED with the reason.
 */
@ApplicationScoped
public class AnalysisPublisher {

    private static final Logger LOG = Logger.getLogger(AnalysisPublisher.class);

    @Inject
    @Channel("indicators-out")
    MutinyEmitter<IndicatorsExtractedV1> indicators;

    @Inject
    @Channel("analyzed-out")
    MutinyEmitter<DocumentAnalyzedV1> analyzed;

    private final RetryPolicy retry;
    private final RetryPolicy untilDone;

    @Inject
    public AnalysisPublisher(Retries retries) {
        this.retry = retries.bounded();
        this.untilDone = retries.untilDone();
    }

    /** One analysis to publish, with the trace context of the record it came from (its outputs continue it). */
    public record Outgoing(AnalysisOutcome outcome, Context trace) {
    }

    /**
     * Publishes every outcome; @return per outgoing (same index), null when all its records were acknowledged, or
     * why they could not be published (then its outcome was not sent): after the bounded variant's attempts, or at
     * once when no retry can fix the failure (a record larger than the producer or the broker accepts). The failure
     * is a {@link GivenUpException} whose message names the record and its last failure.
     */
    public List<GivenUpException> publishAll(List<Outgoing> outgoing) {
        Map<Integer, GivenUpException> failures = new HashMap<>();
        List<Integer> withIndicators = new ArrayList<>();
        for (int i = 0; i < outgoing.size(); i++) {
            if (outgoing.get(i).outcome().indicators() != null) {
                withIndicators.add(i);
            }
        }
        sendWithRetry(retry, indicators, outgoing, withIndicators, o -> o.outcome().indicators(),
                o -> o.outcome().indicators().documentId(), "indicators", failures);
        // an outcome only once its indicator set is acknowledged: no ANALYZED without indicators in the broker
        List<Integer> outcomes = new ArrayList<>();
        for (int i = 0; i < outgoing.size(); i++) {
            if (!failures.containsKey(i)) {
                outcomes.add(i);
            }
        }
        sendWithRetry(retry, analyzed, outgoing, outcomes, o -> o.outcome().analyzed(),
                o -> o.outcome().analyzed().documentId(), "analysis outcome", failures);
        List<GivenUpException> result = new ArrayList<>(outgoing.size());
        for (int i = 0; i < outgoing.size(); i++) {
            result.add(failures.get(i));
        }
        return result;
    }

    /**
     * Publishes the FAILED outcomes of runs whose results could not be published, so that their documents end in a
     * state their owner can read instead of waiting for good. These records are small (a reason, no text), and they
     * are what ends the run, so they are retried until done (or the service stops: then this throws and the poll is
     * delivered again); a failure no retry can fix is logged and left to the dead letter, which has the reason too.
     */
    public void publishFailures(List<Outgoing> failed) {
        Map<Integer, GivenUpException> failures = new HashMap<>();
        List<Integer> all = new ArrayList<>(failed.size());
        for (int i = 0; i < failed.size(); i++) {
            all.add(i);
        }
        sendWithRetry(untilDone, analyzed, failed, all, o -> o.outcome().analyzed(),
                o -> o.outcome().analyzed().documentId(), "FAILED outcome", failures);
        for (Map.Entry<Integer, GivenUpException> failure : failures.entrySet()) {
            if (failure.getValue().stopping()) {
                throw new PublishFailedException("stopping before the FAILED outcomes were acknowledged",
                        failure.getValue());
            }
            String documentId = failed.get(failure.getKey()).outcome().analyzed().documentId();
            LOG.errorf("document %s: its FAILED outcome cannot be published either, the document stays RECEIVED "
                    + "(its record goes to the dead-letter topic with the reason): %s", documentId,
                    failure.getValue().getMessage());
        }
    }

    /**
     * Sends the records of {@code indexes} all at once, each retried on its own with {@code policy} when it fails,
     * and awaits them; the ones that never get through end in {@code failures}.
     */
    private <T> void sendWithRetry(RetryPolicy policy, MutinyEmitter<T> emitter, List<Outgoing> outgoing,
                                   List<Integer> indexes, Function<Outgoing, T> payload,
                                   Function<Outgoing, String> key, String what,
                                   Map<Integer, GivenUpException> failures) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            Outgoing o = outgoing.get(i);
            String documentId = key.apply(o);
            // the retry log lines are about one document of the batch: they carry its id like every other line
            Object previous = MDC.put(RecordContext.DOCUMENT_ID, documentId);
            try {
                // the first attempts are sent here, one after the other: the producer keeps the order of one
                // document's records (its runs) only if they reach it in that order; only a resend may come later
                CompletionStage<Void> first = send(emitter, documentId, payload.apply(o), o.trace());
                acks.add(policy.<Void>callAsync("publishing the " + what + " of document " + documentId,
                        attempt -> attempt == 1 ? first : send(emitter, documentId, payload.apply(o), o.trace()),
                        RetryPolicy.ANY_EXCEPTION).toCompletableFuture());
            } finally {
                if (previous == null) {
                    MDC.remove(RecordContext.DOCUMENT_ID);
                } else {
                    MDC.put(RecordContext.DOCUMENT_ID, previous);
                }
            }
        }
        for (int n = 0; n < indexes.size(); n++) {
            GivenUpException givenUp = await(acks.get(n));
            if (givenUp != null) {
                failures.put(indexes.get(n), givenUp);
            }
        }
    }

    private static <T> CompletionStage<Void> send(MutinyEmitter<T> emitter, String documentId, T payload,
                                                  Context trace) {
        // explicit trace: the producer sends on another thread, where the record's context is not current
        return emitter.sendMessage(KafkaRecord.of(documentId, payload).addMetadata(TracingMetadata.withCurrent(trace)))
                .subscribeAsCompletionStage();
    }

    /** @return null once acknowledged, else how it was given up (the policy's answer always is a GivenUpException) */
    private static GivenUpException await(CompletableFuture<Void> ack) {
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GivenUpException givenUp) {
                return givenUp;
            }
            throw new PublishFailedException("publishing failed outside the retry policy", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for the broker's acknowledgements", e);
        }
    }

    /** Publishing was interrupted (shutdown): the batch is not acknowledged and is delivered again. */
    public static class PublishFailedException extends RuntimeException {
        public PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
