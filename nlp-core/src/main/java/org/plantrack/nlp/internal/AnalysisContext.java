package org.plantrack.nlp.internal;

import java.util.List;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.Classification;
import org.plantrack.nlp.CleaningReport;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.DocumentStructure;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.classify.DocumentClassifier;
import org.plantrack.nlp.clean.TextCleaner;
import org.plantrack.nlp.extract.Found;
import org.plantrack.nlp.format.DocumentFormat;
import org.plantrack.nlp.structure.SentenceSplitter.Span;
import org.plantrack.nlp.table.Table;
import org.plantrack.nlp.table.TableValue;
import org.plantrack.nlp.text.MappedText;

/**
 * Everything the analysis of one document has found so far, shared by the {@link AnalysisStep}s. Each field says
 * which step sets it; a step only reads fields of the steps before it. One context per document, never shared.
 */
final class AnalysisContext {

    // ---- input
    final byte[] content;
    final String fileName;
    final AnalysisHints hints;
    /** What cleaning did: notes and warnings for the report, removed lines (metadata), mojibake spans, PDF columns. */
    final TextCleaner.Log log = new TextCleaner.Log();

    // ---- ReadFormat
    DocumentFormat format;
    /** The decoded or extracted text: every offset an indicator reports points into it. */
    String original;
    String encoding;

    // ---- CleanText
    /** The cleaned text with the original offset of each of its characters. */
    MappedText mapped;
    String script;
    /** {@code mapped.text()}: every later step works on these characters. */
    String clean;
    CleaningReport cleaning;

    // ---- ReadStructure
    List<Span> spans;
    String title;
    String author;
    int paragraphs;
    /** All headings, opening topic sentences (level 5) included. */
    List<DocumentStructure.Heading> headings;

    // ---- ClassifyDocument
    DocumentClassifier.Facts facts;
    /** The year the document is read as of (dated, else plan period start, else after its latest fact year). */
    Integer docYear;

    // ---- DivideSections
    /** The headings that open sections (levels 1 to 4). */
    List<DocumentStructure.Heading> sectionHeadings;
    List<Classification.SectionDomain> sections;

    // ---- ClassifySentences
    /** One per span, same index. */
    List<DocumentStructure.Sentence> sentences;

    // ---- DetectTables
    List<Table> tables;

    // ---- ExtractSentenceValues, then DropOwnRegionPrefix and ApplySectionIndustry
    List<Found> found;

    // ---- ReadTables
    List<TableValue> tableValues;

    // ---- SentenceIndicators, then TableIndicators and AssignIndicatorRegions
    List<Indicator> indicators;

    AnalysisContext(byte[] content, String fileName, AnalysisHints hints) {
        this.content = content;
        this.fileName = fileName;
        this.hints = hints;
    }

    /** The analysis once every step has run. */
    DocumentAnalysis result() {
        DocumentStructure structure = new DocumentStructure(title, facts.documentDate(), author, List.copyOf(headings),
                paragraphs, List.copyOf(sentences), tables);
        Classification classification = new Classification(facts.genre(), facts.region(), facts.regionLevel(),
                facts.planPeriod(), facts.documentDate(), List.copyOf(sections), facts.regionCode(), facts.regionParent(),
                facts.regionAmbiguous());
        return new DocumentAnalysis(cleaning, structure, classification, List.copyOf(indicators));
    }
}
