package org.plantrack.nlpservice.messaging;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.nlpservice.service.AnalysisOutcome;
import org.plantrack.retry.GivenUpException;

/**
 * The end of a run whose results could not be published: a FAILED outcome for the same document and run, with a
 * reason its owner can read and act on. Without it the document would stay RECEIVED for good, its results only on
 * the dead-letter topic.
 */
final class UnpublishedResult {

    private UnpublishedResult() {
    }

    /** The FAILED outcome that replaces {@code unpublished}: no indicators, no text, only the reason. */
    static AnalysisOutcome failedOutcome(AnalysisOutcome unpublished, GivenUpException why) {
        DocumentAnalyzedV1 run = unpublished.analyzed();
        return new AnalysisOutcome(DocumentAnalyzedV1.failed(run.documentId(), run.analysisRun(), reason(why)), null);
    }

    /**
     * Too large is the one failure a user can do something about (the outcome carries the cleaned text, so its size
     * follows the document's): say so first. Anything else names what failed and how, as the dead letter does.
     */
    static String reason(GivenUpException why) {
        RecordTooLargeException tooLarge = find(why, RecordTooLargeException.class);
        if (tooLarge != null) {
            return "the analysis result is too large to pass on: the message broker refuses records of its size ("
                    + tooLarge.getMessage() + "); split the document into smaller files and upload those";
        }
        return "the analysis result could not be passed on: " + why.getMessage();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable e = failure;
        for (int depth = 0; e != null && depth < 32; depth++, e = e.getCause()) { // 32: no real chain is longer
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        return null;
    }
}
