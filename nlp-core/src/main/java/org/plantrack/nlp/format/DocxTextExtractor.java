package org.plantrack.nlp.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.plantrack.nlp.DocumentFormatException;

/**
 * The body of a .docx (Apache POI, XWPF) in document order: one line per paragraph (headings stay lines of their
 * own), tables row by row with cells separated by " | " like HTML tables. Page headers, footers and comments
 * are not body text and are left out. The archive is checked by {@link ZipGuard} before POI inflates it.
 */
final class DocxTextExtractor {

    private DocxTextExtractor() {
    }

    static ExtractedText extract(byte[] content, ExtractionLimits limits) {
        ZipGuard.checkExpansion(content, "DOCX file", limits);
        LimitedWriter out = new LimitedWriter(limits.maxCharacters(), "DOCX");
        int[] counts = new int[3]; // paragraphs, headings, tables
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (IBodyElement element : docx.getBodyElements()) {
                append(element, out, counts);
            }
        } catch (IOException e) {
            throw new DocumentFormatException("the DOCX file is damaged and could not be read (" + e.getMessage() + ")",
                    e);
        } catch (DocumentFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // POI reports broken packages and XML as various runtime exceptions (POIXMLException, ...).
            throw new DocumentFormatException("the DOCX file is damaged and could not be read (" + e.getMessage() + ")",
                    e);
        }
        String text = out.toString().strip();
        if (text.isEmpty()) {
            throw new DocumentFormatException("the DOCX file contains no text");
        }
        List<String> notes = new ArrayList<>();
        notes.add("DOCX: extracted " + counts[0] + " paragraph(s), " + counts[1] + " heading(s) and " + counts[2]
                + " table(s) (table rows as cells separated by |)");
        return new ExtractedText(text, "DOCX (UTF-8 XML)", List.copyOf(notes), List.of());
    }

    private static void append(IBodyElement element, LimitedWriter out, int[] counts) {
        if (element instanceof XWPFParagraph p) {
            String text = p.getText().replace('\n', ' ').strip();
            if (!text.isEmpty()) {
                out.add(text);
                out.add("\n");
                counts[isHeading(p) ? 1 : 0]++;
            }
        } else if (element instanceof XWPFTable table) {
            counts[2]++;
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cell.getText().replaceAll("\\s*\\n\\s*", " ").strip());
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    // Leading and trailing bars make even a one-cell row read as a table row.
                    out.add("| " + String.join(" | ", cells) + " |\n");
                }
            }
        } else if (element instanceof XWPFSDT sdt) {
            // A content control (a form field or a building block) holds ordinary text.
            String text = sdt.getContent().getText().strip();
            if (!text.isEmpty()) {
                out.add(text);
                out.add("\n");
                counts[0]++;
            }
        }
    }

    private static boolean isHeading(XWPFParagraph p) {
        String style = p.getStyle();
        if (style == null) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT);
        return s.startsWith("heading") || s.equals("title") || s.matches("\\d") || s.startsWith("标题");
    }
}
