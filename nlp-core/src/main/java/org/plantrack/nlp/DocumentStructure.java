package org.plantrack.nlp;

import java.util.List;
import org.plantrack.nlp.table.Table;

/**
 * Title, headings, paragraphs, sentences and tables of the cleaned text (offsets into the cleaned text).
 *
 * @param tables the tables found (cells with spans, header rows); their rows are not sentences of prose
 */
public record DocumentStructure(
        String title,
        String date,
        String author,
        List<Heading> headings,
        int paragraphCount,
        List<Sentence> sentences,
        List<Table> tables) {

    public DocumentStructure {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** Without tables (the original shape of this record). */
    public DocumentStructure(String title, String date, String author, List<Heading> headings, int paragraphCount,
            List<Sentence> sentences) {
        this(title, date, author, headings, paragraphCount, sentences, List.of());
    }

    public record Heading(String text, int level, int start, int end) {
    }

    /**
     * @param flags problems found in the sentence and left in place: "mojibake" (garbled characters),
     *              "pdf_columns" (the document interleaves PDF columns); empty when clean
     */
    public record Sentence(String text, int start, int end, int paragraph, String domain, double domainConfidence,
            List<String> flags) {

        public Sentence {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }

        /**
         * The sentence's words (HanLP, with planning terms such as 地区生产总值 kept whole). Computed on each call,
         * not during analysis, because segmentation would cost more than the whole analysis.
         */
        public List<String> words() {
            return org.plantrack.nlp.structure.WordSegmenter.segment(text);
        }
    }
}
