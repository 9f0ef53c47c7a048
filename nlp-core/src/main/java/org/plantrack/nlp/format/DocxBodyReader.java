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
    /** Word's own limit on the columns of a table grid. */
    private static final int MAX_GRID_COLUMNS = 63;

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
        blocks(cell, null);
    }

    /** As {@link #blocks(List)}; in a table cell ({@code props} not null) its w:tcPr is read into {@code props}. */
    private void blocks(List<String> cell, CellProperties props) throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (props != null && xml.is("tcPr")) {
                cellProperties(props);
                continue;
            }
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
        rows(enclosingCell, new MergedCells());
    }

    /** Rows of the current table, or of a content control or revision wrapping some of them. */
    private void rows(List<String> enclosingCell, MergedCells merged) throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.is("tr")) {
                List<String> cells = new ArrayList<>();
                cells(cells, merged, new int[1]);
                if (enclosingCell != null) {
                    enclosingCell.addAll(cells);
                } else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    // Leading and trailing bars make even a one-cell row read as a table row.
                    out.add("| " + String.join(" | ", cells) + " |\n");
                }
            } else if (xml.isWord() && TRANSPARENT_BLOCKS.contains(xml.localName())) {
                rows(enclosingCell, merged);
            } else {
                xml.skip(); // table properties and grid
            }
        }
    }

    /**
     * Cells of the current row, each the text of its paragraphs (and nested tables) joined by spaces. Merged cells
     * are written the way HTML tables are read ({@code clean.HtmlToText}): a cell spanning grid columns
     * ({@code w:gridSpan}) is followed by empty cells, and a cell continuing a vertical merge ({@code w:vMerge}
     * without "restart", which Word leaves empty) repeats the text of the cell that starts the merge, so that every
     * row has a cell under every header and a unit or 属性 merged down several rows reaches each of them.
     *
     * @param column the grid column the next cell starts at (one element, shared with wrapped cells)
     */
    private void cells(List<String> cells, MergedCells merged, int[] column) throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.is("tc")) {
                CellProperties props = new CellProperties();
                List<String> parts = new ArrayList<>();
                blocks(parts, props);
                String joined = String.join(" ", parts.stream().filter(s -> !s.isEmpty()).toList());
                String text = merged.resolve(column[0], props, joined.replaceAll("\\s*\\n\\s*", " ").strip());
                cells.add(text);
                // Empty cells only as far as a real table is wide: a hostile row of spans must not grow the row held.
                for (int n = 1; n < props.gridSpan && cells.size() < MAX_GRID_COLUMNS; n++) {
                    cells.add("");
                }
                column[0] += props.gridSpan;
            } else if (xml.isWord() && TRANSPARENT_BLOCKS.contains(xml.localName())) {
                cells(cells, merged, column);
            } else {
                xml.skip(); // row properties
            }
        }
    }

    /** Reads w:tcPr: how many grid columns the cell spans and whether it starts or continues a vertical merge. */
    private void cellProperties(CellProperties props) throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.is("gridSpan")) {
                props.gridSpan = parseSpan(xml.wordAttribute("val"));
            } else if (xml.is("vMerge")) {
                // <w:vMerge w:val="restart"/> starts a merge; <w:vMerge/> (val absent or "continue") continues it.
                props.merge = "restart".equals(xml.wordAttribute("val")) ? Merge.RESTART : Merge.CONTINUE;
            }
            xml.skip();
        }
    }

    private static int parseSpan(String val) {
        try {
            // A span beyond the widest real table is damage, not layout: it would only add empty cells.
            return val == null ? 1 : Math.max(1, Math.min(MAX_GRID_COLUMNS, Integer.parseInt(val.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private enum Merge { NONE, RESTART, CONTINUE }

    /** What a cell's w:tcPr says about merging. */
    private static final class CellProperties {
        int gridSpan = 1;
        Merge merge = Merge.NONE;
    }

    /** The text of the cell starting each vertical merge of one table, by grid column: one row's worth at most. */
    private static final class MergedCells {
        private final java.util.Map<Integer, String> byColumn = new java.util.HashMap<>();

        String resolve(int column, CellProperties props, String text) {
            switch (props.merge) {
                case RESTART -> byColumn.put(column, text);
                case CONTINUE -> {
                    return text.isEmpty() ? byColumn.getOrDefault(column, "") : text;
                }
                default -> byColumn.remove(column);
            }
            return text;
        }
    }
}
