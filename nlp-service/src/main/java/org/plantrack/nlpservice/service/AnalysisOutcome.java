package org.plantrack.nlpservice.service;

import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.IndicatorsExtractedV1;

/**
 * What one analysis produces for publishing: a successful analysis carries the indicator set, a failed one only
 * the FAILED outcome (the previous indicator set of the document, if any, stays as it was).
 */
public record AnalysisOutcome(DocumentAnalyzedV1 analyzed, IndicatorsExtractedV1 indicators) {

    public boolean failed() {
        return analyzed.outcome() == DocumentAnalyzedV1.Outcome.FAILED;
    }
}
