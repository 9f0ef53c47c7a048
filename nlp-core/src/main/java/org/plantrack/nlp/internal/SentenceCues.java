package org.plantrack.nlp.internal;

import java.util.List;
import org.plantrack.nlp.Classification;
import org.plantrack.nlp.DocumentStructure;
import org.plantrack.nlp.extract.IndicatorExtractor;
import org.plantrack.nlp.extract.Years;

/**
 * What the sections tell the sentence extractor about each sentence: the kind the headings around it imply (review
 * or target), the year of the innermost dated section, whether it is flagged (lower confidence) and whether a
 * section heading starts it.
 */
final class SentenceCues {

    private SentenceCues() {
    }

    static IndicatorExtractor.Context of(AnalysisContext c) {
        List<Classification.SectionDomain> sections = c.sections;
        String[] kinds = sectionKinds(sections);
        Integer[] years = new Integer[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            years[i] = Years.headingYear(sections.get(i).heading(), c.docYear);
        }
        int n = c.spans.size();
        String[] sectionKind = new String[n];
        Integer[] sectionYear = new Integer[n];
        boolean[] lowConfidence = new boolean[n];
        for (int i = 0; i < n; i++) {
            int pos = c.spans.get(i).start();
            sectionKind[i] = innermostWith(sections, kinds, pos);
            sectionYear[i] = innermostWith(sections, years, pos);
            lowConfidence[i] = !c.sentences.get(i).flags().isEmpty();
        }
        return new IndicatorExtractor.Context(c.docYear, sectionKind, lowConfidence, headingStarts(c), sectionYear);
    }

    /**
     * Kind implied by each section's heading. Reports review first and then look ahead, so a top-level section
     * without a cue that follows a section with one (一、过去五年的回顾 → 二、…) is forward-looking.
     */
    private static String[] sectionKinds(List<Classification.SectionDomain> sections) {
        String[] kinds = new String[sections.size()];
        String previousTop = null;
        for (int i = 0; i < sections.size(); i++) {
            Classification.SectionDomain s = sections.get(i);
            String k = IndicatorExtractor.sectionKind(s.heading());
            if (s.level() == 1) {
                if (k == null && previousTop != null) {
                    k = "target";
                }
                if (k != null) {
                    previousTop = k;
                }
            }
            kinds[i] = k;
        }
        return kinds;
    }

    /** The value of the innermost section around a position that has one (一、2024年工作回顾 → 2024), or null. */
    private static <T> T innermostWith(List<Classification.SectionDomain> sections, T[] values, int pos) {
        T value = null;
        int level = 0;
        for (int i = 0; i < sections.size(); i++) {
            Classification.SectionDomain s = sections.get(i);
            if (s.start() <= pos && pos < s.end() && values[i] != null && s.level() >= level) {
                value = values[i];
                level = s.level();
            }
        }
        return value;
    }

    /** Whether a section heading starts at each sentence (both lists are in text order). */
    private static boolean[] headingStarts(AnalysisContext c) {
        List<DocumentStructure.Heading> headings = c.sectionHeadings;
        boolean[] headingStart = new boolean[c.spans.size()];
        int hi = 0;
        for (int i = 0; i < c.spans.size() && hi < headings.size(); i++) {
            while (hi < headings.size() && headings.get(hi).start() < c.spans.get(i).start()) {
                hi++;
            }
            if (hi < headings.size() && headings.get(hi).start() == c.spans.get(i).start()) {
                headingStart[i] = true;
            }
        }
        return headingStart;
    }
}
