package org.plantrack.nlp.internal;

import org.plantrack.nlp.extract.IndicatorExtractor;

/** Step 8: the values each sentence states, with metric, unit, kind and year (extract.IndicatorExtractor). */
final class ExtractSentenceValues implements AnalysisStep {

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    @Override
    public void apply(AnalysisContext c) {
        c.found = extractor.extract(c.clean, c.spans, SentenceCues.of(c));
    }
}
