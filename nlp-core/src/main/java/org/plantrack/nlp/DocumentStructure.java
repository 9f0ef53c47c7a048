package org.plantrack.nlp;

import java.util.List;

/** Title, headings, paragraphs and sentences of the cleaned text (offsets into the cleaned text). */
public record DocumentStructure(
        String title,
        String date,
        String author,
        List<Heading> headings,
        int paragraphCount,
        List<Sentence> sentences) {

    public record Heading(String text, int level, int start, int end) {
    }

    public record Sentence(String text, int start, int end, int paragraph, String domain, double domainConfidence) {
    }
}
