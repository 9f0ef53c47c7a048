package org.plantrack.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.Classification;
import org.plantrack.nlp.DocumentStructure;
import org.plantrack.nlp.classify.DomainClassifier;
import org.plantrack.nlp.structure.SentenceSplitter.Span;

/**
 * Step 6: each sentence with its domain and flags. A sentence's own words come first; the domain of the innermost
 * section around it acts as a prior that decides weak or mixed sentences. Flags: {@code mojibake} when the sentence
 * overlaps a mojibake span, {@code pdf_columns} when the text's columns were re-ordered (both lower confidence).
 */
final class ClassifySentences implements AnalysisStep {

    /** Weight of the enclosing section's domain when classifying a sentence (≈ one strong keyword). */
    private static final double SECTION_PRIOR = 1.5;

    private final DomainClassifier domains;

    ClassifySentences(DomainClassifier domains) {
        this.domains = domains;
    }

    @Override
    public void apply(AnalysisContext c) {
        List<DocumentStructure.Sentence> sentences = new ArrayList<>(c.spans.size());
        for (Span sp : c.spans) {
            String text = c.clean.substring(sp.start(), sp.end());
            Classification.SectionDomain sec = innermost(c.sections, sp.start());
            DomainClassifier.Result r = sec == null || sec.domain().equals(DomainClassifier.GENERAL)
                    ? domains.classify(text) : domains.classify(text, sec.domain(), SECTION_PRIOR);
            List<String> flags = new ArrayList<>(2);
            if (overlaps(c.log.mojibake, sp.start(), sp.end())) {
                flags.add("mojibake");
            }
            if (c.log.pdfColumns) {
                flags.add("pdf_columns");
            }
            sentences.add(new DocumentStructure.Sentence(text, sp.start(), sp.end(), sp.paragraph(), r.domain(),
                    r.confidence(), flags));
        }
        c.sentences = sentences;
    }

    private static Classification.SectionDomain innermost(List<Classification.SectionDomain> sections, int pos) {
        Classification.SectionDomain best = null;
        for (Classification.SectionDomain s : sections) {
            if (s.start() <= pos && pos < s.end() && (best == null || s.level() >= best.level())) {
                best = s;
            }
        }
        return best;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] sp : spans) {
            if (sp[0] < end && sp[1] > start) {
                return true;
            }
        }
        return false;
    }
}
