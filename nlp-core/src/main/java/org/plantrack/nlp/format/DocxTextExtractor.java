package org.plantrack.nlp.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.plantrack.nlp.DocumentFormatException;

/**
 * The body of a .docx in document order, read by streaming its main document XML (StAX over the inflated ZIP
 * entry): memory stays at the text written plus one paragraph however big the XML is, where a tree of the whole
 * XML (POI's XWPF) took about 16 MB of heap per MiB of XML and could exhaust the heap with one hostile file. The shape
 * of the text is {@link DocxBodyReader}'s. Page headers, footers, footnotes and comments are not body text and
 * are left out. The archive is checked by {@link ZipGuard} before anything is parsed.
 */
final class DocxTextExtractor {

    private DocxTextExtractor() {
    }

    static ExtractedText extract(byte[] content, ExtractionLimits limits) {
        ZipGuard.checkExpansion(content, "DOCX file", limits);
        LimitedWriter out = new LimitedWriter(limits.maxCharacters(), "DOCX");
        DocxBodyReader body;
        try {
            String part = DocxPackage.mainPartName(content);
            InputStream xml = DocxPackage.open(content, part, limits.maxExpandedXmlBytes(), "DOCX file's " + part);
            if (xml == null) {
                throw new DocumentFormatException("the DOCX file is damaged and could not be read (it has no main "
                        + "document part " + part + ")");
            }
            try (xml; BoundedXmlReader reader = new BoundedXmlReader(xml, "DOCX file's " + part,
                    limits.maxXmlElements(), limits.maxXmlDepth())) {
                body = new DocxBodyReader(reader, out);
                if (!body.read()) {
                    throw new DocumentFormatException("the DOCX file is damaged and could not be read (its main "
                            + "document part " + part + " has no body)");
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new DocumentFormatException("the DOCX file is damaged and could not be read (" + e.getMessage() + ")",
                    e);
        } catch (DocumentFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // The ZIP and XML readers report some malformed input as runtime exceptions.
            throw new DocumentFormatException("the DOCX file is damaged and could not be read (" + e + ")", e);
        }
        String text = out.toString().strip();
        if (text.isEmpty()) {
            throw new DocumentFormatException("the DOCX file contains no text");
        }
        String note = "DOCX: extracted " + body.paragraphs() + " paragraph(s), " + body.headings() + " heading(s) and "
                + body.tables() + " table(s) (table rows as cells separated by |)";
        return new ExtractedText(text, "DOCX (UTF-8 XML)", List.of(note), List.of());
    }
}
