package org.plantrack.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.DocumentStructure;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.classify.DomainClassifier;
import org.plantrack.nlp.extract.Found;

/**
 * Step 12: each sentence value becomes an indicator, offsets mapped back to the original text. The metric's own
 * words decide the domain when they can (a sentence may list several domains), else the sentence's domain does.
 */
final class SentenceIndicators implements AnalysisStep {

    private final DomainClassifier domains;

    SentenceIndicators(DomainClassifier domains) {
        this.domains = domains;
    }

    @Override
    public void apply(AnalysisContext c) {
        List<Indicator> indicators = new ArrayList<>(c.found.size());
        for (Found f : c.found) {
            DocumentStructure.Sentence s = c.sentences.get(f.sentenceIndex());
            DomainClassifier.Result mr = domains.classify(f.metric());
            String domain = mr.domain().equals(DomainClassifier.GENERAL) ? s.domain() : mr.domain();
            indicators.add(f.toIndicator(s.text(), s.start(), s.end(), domain, c.mapped));
        }
        c.indicators = indicators;
    }
}
