package org.plantrack.nlp.clean;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.plantrack.nlp.text.MappedText;

/**
 * HTML (including Word-exported HTML: {@code <o:p>}, mso styles, conditional comments) to plain text, parsed
 * with jsoup. Block elements become line breaks; inline elements add nothing, so a number split by tags
 * ({@code 3</span><span>万</span>吨}) stays one number; table rows become lines of cells separated by " | " (the
 * shape of pipe tables), a cell spanning columns followed by empty cells and a cell spanning rows repeated in the
 * rows below it (mapped to the same source characters), so that every row has a cell under every header. Scripts,
 * styles, comments, hidden elements (anti-scraping junk) and attributes (URLs, CSS sizes) are dropped, entities
 * decoded. Every character stays mapped
 * to its place in the HTML source.
 */
public final class HtmlToText {

    private static final Set<String> BLOCKS = Set.of("br", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tbody",
            "thead", "tfoot", "ul", "ol", "section", "article", "title", "caption", "dt", "dd", "blockquote", "pre", "table",
            "tr", "header", "footer", "hr", "figure", "figcaption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "xml", "head");

    private HtmlToText() {
    }

    public static boolean looksLikeHtml(String text, String fileName) {
        if (fileName != null) {
            String f = fileName.toLowerCase(Locale.ROOT);
            if (f.endsWith(".html") || f.endsWith(".htm") || f.endsWith(".xhtml")) {
                return true;
            }
        }
        String head = text.substring(0, Math.min(text.length(), 2000)).toLowerCase(Locale.ROOT);
        int tags = 0;
        for (String t : new String[] {"<html", "<body", "<p>", "<p ", "<div", "<table", "<br", "<td", "<span"}) {
            if (head.contains(t)) {
                tags++;
            }
        }
        return head.contains("<!doctype html") || tags >= 2;
    }

    public static MappedText convert(MappedText in) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(in.text(), "", parser);
        Writer w = new Writer(in);
        // The title sits in <head>, which is otherwise skipped (meta, styles, scripts).
        Element title = doc.head().selectFirst("title");
        if (title != null) {
            NodeTraversor.traverse(w, title);
            w.newline(endOf(title));
        }
        NodeTraversor.traverse(w, doc.body());
        return w.out.build();
    }

    /** Where an element ends in the source: its end tag if it has one, else its start tag. */
    static int endOf(Element e) {
        Range end = e.endSourceRange();
        if (end.isTracked() && end.end().pos() >= 0) {
            return end.start().pos();
        }
        return Math.max(0, e.sourceRange().end().pos());
    }

    /** Emits text nodes with their source offsets, and the separators elements stand for. */
    private static final class Writer implements NodeVisitor {
        final String src;
        final MappedText.Builder out;
        int skipDepth = -1;
        int cellDepth = 0;
        boolean cellStart;
        boolean firstCellOfRow;
        /** One grid per open table (tables nest): the cells spanning rows, by column. */
        final java.util.ArrayDeque<RowSpans> tables = new java.util.ArrayDeque<>();
        /** The text of the row-spanning cell being written, to repeat below it; null when none is. */
        SpannedCell recording;

        Writer(MappedText in) {
            this.src = in.text();
            this.out = in.builder();
        }

        @Override
        public void head(Node node, int depth) {
            if (skipDepth >= 0) {
                return;
            }
            if (node instanceof TextNode t) {
                text(t);
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            int at = Math.max(0, e.sourceRange().start().pos());
            if (SKIPPED.contains(tag) && !tag.equals("head") || isHidden(e)) {
                skipDepth = depth;
                return;
            }
            switch (tag) {
                case "table" -> {
                    tables.push(new RowSpans());
                    block(tag, at);
                }
                case "tr" -> {
                    newline(at);
                    firstCellOfRow = true;
                    if (!tables.isEmpty()) {
                        tables.peek().column = 0;
                    }
                }
                case "td", "th" -> {
                    RowSpans grid = tables.peek();
                    if (grid != null && cellDepth == 0) {
                        repeatSpannedCells(grid, at);
                    }
                    separateCell(at);
                    cellDepth++;
                    cellStart = true;
                    if (grid != null && cellDepth == 1) {
                        int rows = span(e, "rowspan", 200);
                        recording = rows > 1 ? new SpannedCell(grid.column, rows - 1, span(e, "colspan", 20)) : null;
                        grid.column += span(e, "colspan", 20);
                    }
                }
                default -> block(tag, at);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth >= 0) {
                if (depth == skipDepth) {
                    skipDepth = -1;
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            int at = Math.max(0, Math.min(src.length(), endOf(e)));
            switch (tag) {
                case "td", "th" -> {
                    cellDepth = Math.max(0, cellDepth - 1);
                    if (cellDepth == 0 && recording != null && !tables.isEmpty()) {
                        tables.peek().add(recording);
                        recording = null;
                    }
                    // A cell spanning columns is followed by empty cells, so later cells stay under their headers.
                    int span = span(e, "colspan", 20);
                    for (int k = 1; k < span; k++) {
                        out.trimTrailing(' ');
                        out.put(" | ", at);
                    }
                }
                case "tr" -> {
                    if (!tables.isEmpty() && cellDepth == 0) {
                        endRow(tables.peek(), at);
                    }
                    newline(at);
                }
                case "table" -> {
                    if (!tables.isEmpty()) {
                        tables.pop();
                    }
                    newline(at);
                }
                default -> {
                    if (BLOCKS.contains(tag) && !tag.equals("br")) {
                        block(tag, at);
                    }
                }
            }
        }

        private void separateCell(int at) {
            if (!firstCellOfRow) {
                out.trimTrailing(' ');
                out.put(" | ", at);
            }
            firstCellOfRow = false;
        }

        /** Writes the cells spanning down into this row from above that start at the column the next cell takes. */
        private void repeatSpannedCells(RowSpans grid, int at) {
            SpannedCell c;
            while ((c = grid.startingAt(grid.column)) != null) {
                repeat(grid, c, at);
            }
        }

        /**
         * At the end of a row: the cells spanning down into its last columns, after empty cells for any column the
         * row left out; then every spanning cell has covered one more row.
         */
        private void endRow(RowSpans grid, int at) {
            for (SpannedCell c : grid.inColumnOrder()) {
                if (c.column >= grid.column && c.repeatedInRow != grid.row) {
                    while (grid.column < c.column) {
                        separateCell(at);
                        grid.column++;
                    }
                    repeat(grid, c, at);
                }
            }
            grid.spans.removeIf(c -> c.repeatedInRow != grid.row && --c.rowsLeft <= 0 || c.rowsLeft <= 0);
            grid.row++;
        }

        private void repeat(RowSpans grid, SpannedCell c, int at) {
            separateCell(at);
            for (int i = 0; i < c.text.length(); i++) {
                out.put(c.text.charAt(i), c.origins.get(i));
            }
            for (int k = 1; k < c.columns; k++) {
                out.put(" | ", at);
            }
            grid.column += c.columns;
            c.rowsLeft--;
            c.repeatedInRow = grid.row;
        }

        private void put(char c, int at) {
            out.put(c, at);
            if (recording != null) {
                recording.text.append(c);
                recording.origins.add(at);
            }
        }

        private void block(String tag, int at) {
            if (!BLOCKS.contains(tag)) {
                return;
            }
            if (cellDepth > 0) {
                // Inside a table cell block elements only separate words; the row stays one line.
                if (!cellStart && out.length() > 0 && out.lastChar() != ' ') {
                    put(' ', at);
                }
            } else {
                newline(at);
            }
        }

        void newline(int at) {
            out.trimTrailing(' ');
            if (out.length() > 0 && out.lastChar() != '\n') {
                out.put('\n', Math.max(0, Math.min(at, src.length())));
            }
        }

        /** Copies the node's decoded text, each character mapped to the source character (or entity) it came from. */
        private void text(TextNode t) {
            String decoded = t.getWholeText();
            int s = t.sourceRange().start().pos();
            int e = t.sourceRange().end().pos();
            if (s < 0 || e > src.length() || e < s) {
                s = e = Math.max(0, out.length() == 0 ? 0 : Math.min(src.length(), Math.max(0, s)));
            }
            int j = s;
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                int at = Math.min(j, src.length());
                if (j < e && src.charAt(j) == c) {
                    j++;
                } else if (j < e && src.charAt(j) == '&') {
                    int semi = src.indexOf(';', j);
                    j = semi > j && semi < e && semi - j <= 12 ? semi + 1 : j + 1;
                } else if (j < e) {
                    j++;
                }
                emit(c, at);
            }
        }

        private void emit(char c, int at) {
            if (c == '\r' || c == '\n' || c == '\t' || c == ' ' || c == '\u00A0') {
                // Source line breaks and runs of spaces inside HTML are layout, not content.
                if (!cellStart && out.length() > 0 && out.lastChar() != '\n' && out.lastChar() != ' ') {
                    put(' ', at);
                }
                return;
            }
            cellStart = false;
            put(c, at);
        }

        /** Anti-scraping sites interleave hidden elements with random characters; a reader never sees them. */
        private static boolean isHidden(Element e) {
            if (e.hasAttr("hidden")) {
                return true;
            }
            String style = e.attr("style");
            if (style.isEmpty()) {
                return false;
            }
            String st = style.replace(" ", "").toLowerCase(Locale.ROOT);
            return st.contains("display:none") || st.contains("visibility:hidden") || st.contains("font-size:0;")
                    || st.endsWith("font-size:0") || st.contains("font-size:0px");
        }

        private static int span(Element e, String attribute, int max) {
            try {
                return Math.max(1, Math.min(max, Integer.parseInt(e.attr(attribute).strip())));
            } catch (NumberFormatException ex) {
                return 1;
            }
        }
    }

    /** The cells of one table that span rows and still cover rows below; the row and column being written. */
    private static final class RowSpans {
        final java.util.List<SpannedCell> spans = new java.util.ArrayList<>();
        int row;
        int column;

        /** Registers a cell just written; a space it ended with is not repeated (separators supply their own). */
        void add(SpannedCell c) {
            while (c.text.length() > 0 && c.text.charAt(c.text.length() - 1) == ' ') {
                c.text.setLength(c.text.length() - 1);
                c.origins.remove(c.origins.size() - 1);
            }
            c.repeatedInRow = row;
            spans.add(c);
        }

        SpannedCell startingAt(int column) {
            for (SpannedCell c : spans) {
                if (c.column == column && c.repeatedInRow != row) {
                    return c;
                }
            }
            return null;
        }

        java.util.List<SpannedCell> inColumnOrder() {
            java.util.List<SpannedCell> l = new java.util.ArrayList<>(spans);
            l.sort(java.util.Comparator.comparingInt(c -> c.column));
            return l;
        }
    }

    /** A cell spanning rows: its text with the source offset of each character, repeated in the rows it covers. */
    private static final class SpannedCell {
        final int column;
        final int columns;
        /** Rows below still to cover. */
        int rowsLeft;
        /** The last row the cell was written in (its own, or one it was repeated in). */
        int repeatedInRow = -1;
        final StringBuilder text = new StringBuilder();
        final java.util.List<Integer> origins = new java.util.ArrayList<>();

        SpannedCell(int column, int rowsLeft, int columns) {
            this.column = column;
            this.rowsLeft = rowsLeft;
            this.columns = columns;
        }
    }
}
