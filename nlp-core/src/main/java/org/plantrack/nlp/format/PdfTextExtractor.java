package org.plantrack.nlp.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.plantrack.nlp.DocumentFormatException;

/**
 * The text layer of a PDF (PDFBox), page by page, in content order (not re-sorted by position, which would
 * interleave columns); then {@link PdfPages} drops running headers, footers and page numbers and re-joins lines
 * wrapped by the page layout.
 */
final class PdfTextExtractor {

    /** Separates pages in the stripper's output; a form feed does not occur inside PDF text lines. */
    private static final String PAGE_END = "\f";
    /** Fewer letters or digits than this in the whole document: there is no text layer to speak of. */
    private static final int MIN_TEXT = 20;

    private PdfTextExtractor() {
    }

    static ExtractedText extract(byte[] content, ExtractionLimits limits) {
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        // Buffers beyond the in-memory budget go to a temporary file, deleted when the document is closed.
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.pdfMainMemoryBytes());
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null, memory.streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentFormatException("the PDF has no pages (the file is damaged or empty)");
            }
            if (pages > limits.maxPages()) {
                throw new DocumentFormatException("the PDF has " + pages + " pages, more than the " + limits.maxPages()
                        + " read here; split it and upload the parts");
            }
            if (pdf.isEncrypted()) {
                notes.add("the PDF is encrypted without a password for reading; its text was read");
            }
            PDFTextStripper stripper = new BoundedTextStripper(limits.pdfMaxGlyphsPerPage());
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd(PAGE_END);
            LimitedWriter out = new LimitedWriter(limits.maxCharacters(), "PDF");
            stripper.writeText(pdf, out);
            List<String> pageTexts = splitPages(out.toString(), pages);
            int letters = 0, empty = 0;
            for (String page : pageTexts) {
                int n = letters(page);
                letters += n;
                if (n < 5) {
                    empty++;
                }
            }
            if (letters < MIN_TEXT) {
                throw new DocumentFormatException("the PDF has no text layer (scanned pages?); OCR is not supported: "
                        + "upload a PDF with selectable text, a .docx or the text itself");
            }
            if (empty > 0) {
                warnings.add(empty + " of " + pages + " PDF page(s) have no text layer (scanned or image-only pages?);"
                        + " their content is missing from the analysis");
            }
            notes.add("extracted text from a " + pages + "-page PDF");
            String text = PdfPages.clean(pageTexts, notes);
            return new ExtractedText(text, "PDF text layer", List.copyOf(notes), List.copyOf(warnings));
        } catch (InvalidPasswordException e) {
            throw new DocumentFormatException("the PDF is password-protected; upload a copy without a password", e);
        } catch (IOException e) {
            throw new DocumentFormatException("the PDF is damaged and could not be read (" + e.getMessage() + ")", e);
        } catch (DocumentFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox is lenient but not total: a malformed object can surface as any runtime exception.
            throw new DocumentFormatException("the PDF is damaged and could not be read (" + e + ")", e);
        }
    }

    private static List<String> splitPages(String text, int pages) {
        List<String> out = new ArrayList<>(pages);
        int start = 0;
        for (int i = text.indexOf(PAGE_END); i >= 0; i = text.indexOf(PAGE_END, start)) {
            out.add(text.substring(start, i));
            start = i + PAGE_END.length();
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
