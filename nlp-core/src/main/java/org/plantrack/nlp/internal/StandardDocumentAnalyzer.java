package org.plantrack.nlp.internal;

import java.util.List;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.classify.DomainClassifier;
import org.plantrack.nlp.clean.ScriptConverter;
import org.plantrack.nlp.format.ExtractionLimits;

/**
 * The default analysis: a pipeline of named {@link AnalysisStep}s sharing one {@link AnalysisContext} per document.
 * The step list below is the whole pipeline, in the order it runs; docs/nlp.md ("Pipeline") describes each step.
 * Holds no per-document state, so one instance serves all threads.
 */
public final class StandardDocumentAnalyzer implements DocumentAnalyzer {

    private static final class Holder {
        static final StandardDocumentAnalyzer INSTANCE = new StandardDocumentAnalyzer();
    }

    public static StandardDocumentAnalyzer instance() {
        return Holder.INSTANCE;
    }

    private final List<AnalysisStep> steps;

    private StandardDocumentAnalyzer() {
        DomainClassifier domains = new DomainClassifier();
        steps = List.of(
                new ReadFormat(ExtractionLimits.standard()), // bytes → original text (PDF, DOCX, decoded text)
                new CleanText(),                 // original → cleaned text, offsets mapped back
                new ReadStructure(),             // sentences, title, author, paragraphs, headings
                new ClassifyDocument(),          // genre, region, period, date; the year the text is read as of
                new DivideSections(domains),     // sections opened by headings, with their domains
                new ClassifySentences(domains),  // sentence domains and flags
                new DetectTables(),              // tables of the cleaned text
                new ExtractSentenceValues(),     // values stated in sentences
                new ReadTables(),                // values of table cells
                new DropOwnRegionPrefix(),       // 太原人口 → 人口 in a text about 太原
                new ApplySectionIndustry(),      // 产值 under 发展壮大矿产业 → 矿产业产值
                new SentenceIndicators(domains), // sentence values → indicators
                new TableIndicators(domains),    // cell values → indicators, replacing what sentences read there
                new AssignIndicatorRegions());   // regions named per clause or table row
        // Touch the script tables and dictionaries now so the first document does not pay for them.
        ScriptConverter.detectScript("預熱");
    }

    @Override
    public DocumentAnalysis analyze(byte[] content, String fileName, AnalysisHints hints) {
        if (content == null) {
            throw new IllegalArgumentException("content must not be null");
        }
        AnalysisContext c = new AnalysisContext(content, fileName, hints == null ? AnalysisHints.none() : hints);
        for (AnalysisStep step : steps) {
            step.apply(c);
        }
        return c.result();
    }

    /** The steps in the order they run (for tests and documentation checks). */
    List<AnalysisStep> steps() {
        return steps;
    }
}
