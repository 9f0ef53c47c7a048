package org.plantrack.nlp;

/**
 * The entry point of the NLP core: bytes in (plain text or HTML in any supported encoding, a .docx, or a PDF
 * with a text layer), full analysis out. Instances are thread-safe and meant to be shared; the first call pays
 * for loading dictionaries.
 */
public interface DocumentAnalyzer {

    /**
     * @throws DocumentFormatException when the bytes cannot be turned into text (unsupported format, scanned or
     *                                 password-protected PDF, damaged file, zip bomb, over the size limits); its
     *                                 message is the reason to show the uploader
     */
    DocumentAnalysis analyze(byte[] content, String fileName, AnalysisHints hints);

    /** The default implementation of this library: one shared, thread-safe instance. */
    static DocumentAnalyzer standard() {
        return org.plantrack.nlp.internal.StandardDocumentAnalyzer.instance();
    }
}
