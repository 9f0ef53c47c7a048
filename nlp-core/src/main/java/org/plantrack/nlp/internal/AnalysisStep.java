package org.plantrack.nlp.internal;

/**
 * One named step of the standard analysis. A step reads what the steps before it left in the {@link AnalysisContext}
 * and adds its own part; {@link StandardDocumentAnalyzer} runs them in order. Steps hold no per-document state
 * (everything a document needs is in its context), so one instance serves all threads.
 */
interface AnalysisStep {

    void apply(AnalysisContext c);
}
