package org.plantrack.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.DocumentStructure;
import org.plantrack.nlp.classify.TitleFinder;
import org.plantrack.nlp.extract.IndicatorExtractor;
import org.plantrack.nlp.structure.HeadingDetector;
import org.plantrack.nlp.structure.SentenceSplitter;
import org.plantrack.nlp.text.LineSpans;

/**
 * Step 3: sentences, title, author, paragraphs (one per non-blank line) and headings of the cleaned text. The title
 * line is found first: page chrome above it must not become the title, and a first line that is the title is no
 * heading. An author is a person's name among the first five paragraphs.
 */
final class ReadStructure implements AnalysisStep {

    @Override
    public void apply(AnalysisContext c) {
        String clean = c.clean;
        c.spans = SentenceSplitter.split(clean);
        List<DocumentStructure.Heading> headings = new ArrayList<>();
        String hinted = c.hints.title();
        String title = hinted != null ? hinted : TitleFinder.find(clean, c.log.removedLines);
        boolean firstLineIsTitle = title != null && hinted == null && clean.strip().startsWith(title);
        String author = null;
        int paragraphs = 0;
        for (int[] ln : LineSpans.of(clean)) {
            String line = clean.substring(ln[0], ln[1]);
            if (line.isBlank()) {
                continue;
            }
            paragraphs++;
            if (firstLineIsTitle && paragraphs == 1) {
                continue;
            }
            int level = HeadingDetector.level(line);
            if (paragraphs <= 5 && author == null && HeadingDetector.isPersonName(line)) {
                author = line.replace(" ", "").strip();
                continue;
            }
            if (level > 0 && !IndicatorExtractor.isTableLine(line) && !HeadingDetector.isNonHeading(line)) {
                String ht = HeadingDetector.headingText(line);
                int hs = ln[0] + (line.length() - line.stripLeading().length());
                headings.add(new DocumentStructure.Heading(ht, level, hs, hs + ht.length()));
            } else if (level == 0) {
                // A short topic sentence opening a longer paragraph ("“两个维护”坚定坚决。坚持把…") heads it.
                String topic = HeadingDetector.topicSentence(line);
                if (topic != null) {
                    int hs = ln[0] + (line.length() - line.stripLeading().length());
                    headings.add(new DocumentStructure.Heading(topic, 5, hs, hs + topic.length()));
                }
            }
        }
        c.title = title;
        c.author = author;
        c.paragraphs = paragraphs;
        c.headings = headings;
    }
}
