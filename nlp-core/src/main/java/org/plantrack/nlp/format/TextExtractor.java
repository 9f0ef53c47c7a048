package org.plantrack.nlp.format;

/** Text out of a PDF or a DOCX, within limits; plain text and HTML are decoded elsewhere (EncodingDetector). */
public final class TextExtractor {

    private TextExtractor() {
    }

    /**
     * @throws org.plantrack.nlp.DocumentFormatException with a reason for the uploader when the file cannot be read
     */
    public static ExtractedText extract(DocumentFormat format, byte[] content, ExtractionLimits limits) {
        return switch (format) {
            case PDF -> PdfTextExtractor.extract(content, limits);
            case DOCX -> DocxTextExtractor.extract(content, limits);
            case TEXT -> throw new IllegalArgumentException("plain text is decoded, not extracted");
        };
    }
}
