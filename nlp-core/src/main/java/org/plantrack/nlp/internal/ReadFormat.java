package org.plantrack.nlp.internal;

import org.plantrack.nlp.DocumentFormatException;
import org.plantrack.nlp.clean.EncodingDetector;
import org.plantrack.nlp.format.DocumentFormat;
import org.plantrack.nlp.format.ExtractedText;
import org.plantrack.nlp.format.ExtractionLimits;
import org.plantrack.nlp.format.TextExtractor;

/**
 * Step 1: the bytes become the original text. The bytes decide the format, not the name: a PDF named .txt is read
 * as a PDF; PDF and DOCX text is extracted, other binary formats are refused with a {@link DocumentFormatException}.
 */
final class ReadFormat implements AnalysisStep {

    private final ExtractionLimits limits;

    ReadFormat(ExtractionLimits limits) {
        this.limits = limits;
    }

    @Override
    public void apply(AnalysisContext c) {
        c.format = DocumentFormat.detect(c.content);
        if (c.format == DocumentFormat.TEXT) {
            EncodingDetector.Decoded decoded = EncodingDetector.decode(c.content);
            c.original = decoded.text();
            c.encoding = decoded.encoding();
            // the same bound as extracted PDF/DOCX text: an upload of ten megabytes of ASCII decodes to ten million
            // characters, several times what any real document holds and what the analysis is sized for
            if (c.original.length() > limits.maxCharacters()) {
                throw new DocumentFormatException("the text has " + c.original.length() + " characters, more than the "
                        + limits.maxCharacters() + " one document may have here; split it and upload the parts");
            }
        } else {
            // The extracted text is this document's original text: indicator offsets refer to it.
            ExtractedText extracted = TextExtractor.extract(c.format, c.content, limits);
            c.original = extracted.text();
            c.encoding = extracted.encoding();
            c.log.notes.addAll(extracted.notes());
            c.log.warnings.addAll(extracted.warnings());
        }
    }
}
