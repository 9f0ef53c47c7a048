package org.plantrack.nlp.format;

/**
 * Bounds on what one document may cost, so that a hostile or huge file fails with a reason instead of taking the
 * memory of a service that analyses several documents at once (nlp-service: -Xmx512m, 3 concurrent analyses).
 *
 * @param maxPages              PDF pages read at most
 * @param maxCharacters         characters of extracted text at most (about 1,000 pages of Chinese)
 * @param maxExpandedBytes      a DOCX's parts inflated together at most
 * @param maxExpandedXmlBytes   a DOCX's XML parts inflated together at most (they become in-memory trees)
 * @param maxExpansionRatio     inflated size / file size at most (normal DOCX: 3-10; zip bombs: hundreds)
 * @param minBytesForRatioCheck the ratio is checked only past this many inflated bytes (tiny files compress well)
 * @param pdfMainMemoryBytes    PDFBox buffers in memory at most per document; the rest goes to a temporary file
 */
public record ExtractionLimits(
        int maxPages,
        int maxCharacters,
        long maxExpandedBytes,
        long maxExpandedXmlBytes,
        int maxExpansionRatio,
        long minBytesForRatioCheck,
        long pdfMainMemoryBytes) {

    public static ExtractionLimits standard() {
        return new ExtractionLimits(2_000, 3_000_000, 64L << 20, 24L << 20, 100, 4L << 20, 16L << 20);
    }
}
