package org.plantrack.nlp;

import java.util.List;

/** Everything the NLP core learns about one document. */
public record DocumentAnalysis(
        CleaningReport cleaning,
        DocumentStructure structure,
        Classification classification,
        List<Indicator> indicators) {
}
