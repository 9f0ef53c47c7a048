package org.plantrack.nlp;

/**
 * The entry point of the NLP core: bytes in (any supported encoding, plain text or HTML), full analysis out.
 * Instances are thread-safe and meant to be shared; the first call pays for loading dictionaries.
 */
public interface DocumentAnalyzer {

    DocumentAnalysis analyze(byte[] content, String fileName, AnalysisHints hints);

    /** The default implementation of this library: one shared, thread-safe instance. */
    static DocumentAnalyzer standard() {
        return org.plantrack.nlp.internal.StandardDocumentAnalyzer.instance();
    }
}
