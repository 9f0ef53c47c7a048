package org.plantrack.nlp.format;

/**
 * Bounds on what one document may cost, so that a hostile or huge file fails with a reason instead of taking the
 * memory or the time of a service that analyses several documents at once (nlp-service: -Xmx512m, 3 concurrent
 * analyses).
 *
 * @param maxPages              PDF pages read at most
 * @param maxCharacters         characters of extracted text at most (about 1,000 pages of Chinese)
 * @param maxExpandedBytes      a DOCX's parts inflated together at most
 * @param maxExpandedXmlBytes   a DOCX's XML parts inflated together at most
 * @param maxExpansionRatio     inflated size / file size at most (normal DOCX: 3-10; zip bombs: hundreds)
 * @param minBytesForRatioCheck the ratio is checked only past this many inflated bytes (tiny files compress well)
 * @param pdfMainMemoryBytes    PDFBox buffers in memory at most per document; the rest goes to a temporary file
 * @param maxXmlElements        elements of a DOCX's main document XML at most: the XML is streamed, so memory does
 *                              not grow with it, but time does, and a real document has far fewer elements per
 *                              megabyte than one made of one-character runs
 * @param maxXmlDepth           nesting of a DOCX's main document XML at most (tables in tables in content controls)
 * @param pdfMaxGlyphsPerPage   characters drawn on one PDF page at most: PDFBox keeps every glyph of a page (with
 *                              its position) in memory before it writes the page's text, and a content stream of
 *                              millions of tiny glyphs compresses to almost nothing; a dense page has about 3,000
 */
public record ExtractionLimits(
        int maxPages,
        int maxCharacters,
        long maxExpandedBytes,
        long maxExpandedXmlBytes,
        int maxExpansionRatio,
        long minBytesForRatioCheck,
        long pdfMainMemoryBytes,
        long maxXmlElements,
        int maxXmlDepth,
        int pdfMaxGlyphsPerPage) {

    public static ExtractionLimits standard() {
        return new ExtractionLimits(2_000, 3_000_000, 64L << 20, 24L << 20, 100, 4L << 20, 16L << 20,
                1_000_000, 256, 50_000);
    }
}
