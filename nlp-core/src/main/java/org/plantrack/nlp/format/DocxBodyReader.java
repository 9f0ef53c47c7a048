package org.plantrack.nlp.format;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * Turns the body of a .docx's main document XML into text while streaming it: one line per paragraph (headings and
 * the title stay lines of their own), tables row by row as {@code | cell | cell |} (the shape of HTML tables, so
 * table rules apply), the paragraphs and tables inside content controls as if the control were not there. Only
 * the current paragraph or table row is held in memory, besides the text written so far.
 *
 * <p>Within a paragraph: text ({@code w:t}), tabs, line breaks (a space in the line), non-breaking hyphens, text in
 * hyperlinks, simple fields, smart tags, inserted revisions and inline content controls; text boxes of a run and
 * ruby annotations follow the run in brackets. Deleted revisions, field codes, footnote references and Word 2010
 * alternate content ({@code mc:AlternateContent}) are left out.
 */
final class DocxBodyReader {

    /** Block-level wrappers whose content is read as if they were not there. */
    private static final List<String> TRANSPARENT_BLOCKS = List.of("sdt", "sdtContent", "customXml", "ins", "moveTo");
    /** Run-level wrappers whose runs belong to the paragraph (deleted and moved-away text is not among them). */
    private static final List<String> TRANSPARENT_INLINE = List.of("hyperlink", "fldSimple", "smartTag", "sdt",
            "sdtContent", "customXml", "ins", "moveTo", "dir", "bdo");
    /** Run children that hold drawn text (text boxes, shapes). */
    private static final List<String> DRAWINGS = List.of("drawing", "pict", "object");

    private final BoundedXmlReader xml;
    private final LimitedWriter out;
    private int paragraphs;
    private int headings;
    private int tables;

    DocxBodyReader(BoundedXmlReader xml, LimitedWriter out) {
        this.xml = xml;
        this.out = out;
    }

    /** Reads the document's w:body into the writer; false when the part has no body. */
    boolean read() throws XMLStreamException {
        if (!xml.seek("body")) {
            return false;
        }
        blocks(null);
        return true;
    }

    int paragraphs() {
        return paragraphs;
    }

    int headings() {
        return headings;
    }

    int tables() {
        return tables;
    }

    /**
     * Reads the block content of the current element up to its end tag. Outside tables ({@code cell == null})
     * paragraphs become lines and tables rows; inside a table cell their text is collected into {@code cell}.
     */
    private void blocks(List<String> cell) throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.is("p")) {
                Paragraph p = paragraph();
                if (cell != null) {
                    cell.add(p.text());
                } else if (!p.text().isEmpty()) {
                    out.add(p.text());
                    out.add("\n");
                    if (p.isHeading()) {
                        headings++;
                    } else {
                        paragraphs++;
                    }
                }
            } else if (xml.is("tbl")) {
                table(cell);
            } else if (xml.isWord() && TRANSPARENT_BLOCKS.contains(xml.localName())) {
                blocks(cell);
            } else {
                xml.skip(); // properties, section breaks, bookmarks, deleted blocks, foreign markup
            }
        }
    }

    private record Paragraph(String text, String style) {
        boolean isHeading() {
            if (style == null) {
                return false;
            }
            // Style ids, not names: "Heading1", "Title", "1" (Chinese Word's 标题 1), or a Chinese id.
            String s = style.toLowerCase(Locale.ROOT);
            return s.startsWith("heading") || s.equals("title") || s.matches("\\d") || s.startsWith("标题");
        }
    }

    private Paragraph paragraph() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        String[] style = new String[1];
        inline(text, style);
        return new Paragraph(text.toString().replace('\n', ' ').strip(), style[0]);
    }

    /** Reads the run-level content of the current element (a paragraph or a wrapper in one) into {@code text}. */
    private void inline(StringBuilder text, String[] style) throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.is("r")) {
                run(text);
            } else if (xml.is("pPr")) {
                style[0] = paragraphStyle();
            } else if (xml.isWord() && TRANSPARENT_INLINE.contains(xml.localName())) {
                inline(text, style);
            } else {
                xml.skip(); // deleted runs, bookmarks, proofing marks, equations, alternate content
            }
            out.ensureRoom(text.length());
        }
    }

    private String paragraphStyle() throws XMLStreamException {
        String style = null;
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.is("pStyle")) {
                style = xml.wordAttribute("val");
            }
            xml.skip();
        }
        return style;
    }

    private void run(StringBuilder text) throws XMLStreamException {
        StringBuilder aside = new StringBuilder(); // ruby text and text boxes, written after the run in brackets
        StringBuilder drawn = new StringBuilder();
        while (xml.nextTag() == START_ELEMENT) {
            if (!xml.isWord()) {
                xml.skip();
                continue;
            }
            switch (xml.localName()) {
                case "t" -> text.append(xml.text());
                case "tab", "ptab" -> {
                    text.append('\t');
                    xml.skip();
                }
                case "br", "cr" -> {
                    text.append('\n');
                    xml.skip();
                }
                case "noBreakHyphen" -> {
                    text.append('\u2011');
                    xml.skip();
                }
                case "ruby" -> ruby(text, aside);
                default -> {
                    if (DRAWINGS.contains(xml.localName())) {
                        drawnText(drawn);
                    } else {
                        xml.skip(); // run properties, field codes, deleted text, footnote references, symbols
                    }
                }
            }
            out.ensureRoom(text.length() + aside.length() + drawn.length());
        }
        if (!drawn.isEmpty()) {
            aside.append('\n').append(drawn).append('\n');
        }
        if (!aside.isEmpty()) {
            text.append(" (").append(aside).append(')');
        }
    }

    /** A ruby annotation: the base text is the run's text, the annotation (w:rt) goes aside. */
    private void ruby(StringBuilder text, StringBuilder aside) throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.is("rubyBase")) {
                runs(text);
            } else if (xml.is("rt")) {
                runs(aside);
            } else {
                xml.skip();
            }
        }
    }

    private void runs(StringBuilder text) throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.is("r")) {
                run(text);
            } else {
                xml.skip();
            }
        }
    }

    /** Every w:t inside a drawing (text boxes, shapes), one per line; nothing in it is a body paragraph. */
    private void drawnText(StringBuilder drawn) throws XMLStreamException {
        int level = 1;
        while (level > 0) {
            if (xml.nextTag() == START_ELEMENT) {
                if (xml.is("t")) {
                    if (!drawn.isEmpty()) {
                        drawn.append('\n');
                    }
                    drawn.append(xml.text());
                } else {
                    level++;
                }
            } else {
                level--;
            }
            out.ensureRoom(drawn.length());
        }
    }

    /**
     * A table: each row one line of cells, unless it is nested in a cell, whose text then takes the nested cells'.
     */
    private void table(List<String> enclosingCell) throws XMLStreamException {
        if (enclosingCell == null) {
            tables++;
        }
        rows(enclosingCell);
    }

    /** Rows of the current table, or of a content control or revision wrapping some of them. */
    private void rows(List<String> enclosingCell) throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.is("tr")) {
                List<String> cells = new ArrayList<>();
                cells(cells);
                if (enclosingCell != null) {
                    enclosingCell.addAll(cells);
                } else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    // Leading and trailing bars make even a one-cell row read as a table row.
                    out.add("| " + String.join(" | ", cells) + " |\n");
                }
            } else if (xml.isWord() && TRANSPARENT_BLOCKS.contains(xml.localName())) {
                rows(enclosingCell);
            } else {
                xml.skip(); // table properties and grid
            }
        }
    }

    /** Cells of the current row, each the text of its paragraphs (and nested tables) joined by spaces. */
    private void cells(List<String> cells) throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.is("tc")) {
                List<String> parts = new ArrayList<>();
                blocks(parts);
                String joined = String.join(" ", parts.stream().filter(s -> !s.isEmpty()).toList());
                cells.add(joined.replaceAll("\\s*\\n\\s*", " ").strip());
            } else if (xml.isWord() && TRANSPARENT_BLOCKS.contains(xml.localName())) {
                cells(cells);
            } else {
                xml.skip(); // row properties
            }
        }
    }
}
