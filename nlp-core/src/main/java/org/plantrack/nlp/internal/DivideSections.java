package org.plantrack.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.Classification;
import org.plantrack.nlp.DocumentStructure;
import org.plantrack.nlp.classify.DomainClassifier;

/**
 * Step 5: the sections the headings open and the domain of each. A section runs to the next heading of the same or
 * a higher level. Its heading decides the domain when it is confident enough, otherwise the section's opening does.
 * Opening topic sentences (level 5) are reported as headings but open no section: too short to decide a domain or
 * a time orientation.
 */
final class DivideSections implements AnalysisStep {

    /** How much of a section's body its domain is read from. */
    private static final int BODY_CHARS = 600;
    /** A heading at least this sure of its domain decides the section's domain alone. */
    private static final double CONFIDENT_HEADING = 0.5;

    private final DomainClassifier domains;

    DivideSections(DomainClassifier domains) {
        this.domains = domains;
    }

    @Override
    public void apply(AnalysisContext c) {
        List<DocumentStructure.Heading> sectionHeadings = c.headings.stream().filter(x -> x.level() <= 4).toList();
        List<Classification.SectionDomain> sections = new ArrayList<>();
        for (int i = 0; i < sectionHeadings.size(); i++) {
            DocumentStructure.Heading hd = sectionHeadings.get(i);
            int end = c.clean.length();
            for (int j = i + 1; j < sectionHeadings.size(); j++) {
                if (sectionHeadings.get(j).level() <= hd.level()) {
                    end = sectionHeadings.get(j).start();
                    break;
                }
            }
            String body = c.clean.substring(hd.start(), Math.min(end, hd.start() + BODY_CHARS));
            DomainClassifier.Result hr = domains.classify(hd.text());
            DomainClassifier.Result br = domains.classify(body);
            DomainClassifier.Result r = hr.confidence() >= CONFIDENT_HEADING ? hr : br;
            sections.add(new Classification.SectionDomain(hd.text(), hd.level(), hd.start(), end, r.domain(),
                    r.confidence()));
        }
        c.sectionHeadings = sectionHeadings;
        c.sections = sections;
    }
}
