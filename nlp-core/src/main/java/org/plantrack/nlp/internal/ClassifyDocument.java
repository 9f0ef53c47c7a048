package org.plantrack.nlp.internal;

import org.plantrack.nlp.classify.DocumentClassifier;

/**
 * Step 4: genre, region, plan period and date of the document (hints win), and the year the document is read as
 * of: its date's year; an undated plan document's first plan year (十四五 → 2021); otherwise the year after the latest
 * year the text reports facts for (not 到2025年 goals), since reports and reviews are written after the year they
 * describe.
 */
final class ClassifyDocument implements AnalysisStep {

    /** How much of the text's opening counts as its head (datelines, issuing bodies, salutations). */
    private static final int HEAD_CHARS = 600;

    private final DocumentClassifier classifier = new DocumentClassifier();

    @Override
    public void apply(AnalysisContext c) {
        String head = c.clean.substring(0, Math.min(c.clean.length(), HEAD_CHARS));
        DocumentClassifier.Facts facts = classifier.classify(c.title, head, c.clean, c.log.removedLines,
                c.hints.region(), c.hints.date());
        Integer docYear = yearOf(facts.documentDate());
        if (docYear == null && facts.planPeriod() != null) {
            docYear = DocumentClassifier.planStartYear(facts.planPeriod());
        }
        if (docYear == null) {
            Integer latest = DocumentClassifier.latestFactYear(c.clean);
            docYear = latest == null ? null : latest + 1;
        }
        c.facts = facts;
        c.docYear = docYear;
    }

    private static Integer yearOf(String date) {
        if (date == null || date.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
