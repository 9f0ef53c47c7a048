package org.plantrack.nlp.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables written as rows of cells separated by '|': markdown and forum tables, DOCX tables as the format
 * package renders them, and HTML tables as {@code clean/HtmlToText} renders them. A run of consecutive lines
 * holding a bar is one table (two rows at least); its leading rows without values are its header.
 */
public final class PipeTableDetector {

    private PipeTableDetector() {
    }

    public static boolean isPipeRow(String line) {
        int bars = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && ++bars >= 2) {
                return true;
            }
        }
        return false;
    }

    public static List<Table> detect(String text) {
        List<Table> out = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '\n') {
                continue;
            }
            String line = text.substring(lineStart, i);
            // A row of two cells has one bar (a two-column table, the lower row of a split header).
            if (isSeparator(line)) {
                // |---|---|: the table goes on, but the rule is no row (its dashes would join the names above).
                lineStart = i + 1;
                continue;
            }
            if (line.indexOf('|') >= 0) {
                rows.add(row(line, lineStart));
            } else {
                flush(text, rows, out);
            }
            lineStart = i + 1;
        }
        flush(text, rows, out);
        return out;
    }

    /** Markdown's |---|---| line separates the header from the body and holds no data. */
    private static boolean isSeparator(String line) {
        String s = line.strip();
        return s.length() >= 3 && s.chars().allMatch(c -> c == '|' || c == '-' || c == ':' || c == ' ') && s.contains("-")
                && s.contains("|");
    }

    private static void flush(String text, List<Table.Row> rows, List<Table> out) {
        if (rows.size() >= 2) {
            int start = rows.get(0).start();
            int end = rows.get(rows.size() - 1).end();
            out.add(new Table("pipe", rows, TableShapes.headerRowCount(rows), start, end, TableShapes.contextAround(text, start, end)));
        }
        rows.clear();
    }

    private static boolean isEmphasis(String line, int a, int b) {
        String open = line.substring(a, a + 2);
        return (open.equals("**") || open.equals("__")) && line.startsWith(open, b - 2);
    }

    static Table.Row row(String line, int base) {
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '|') {
                int a = start, b = i;
                while (a < b && Character.isWhitespace(line.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
                    b--;
                }
                // Markdown emphasis around a whole cell (**2025年**, __指标__) is layout, not part of the header or name.
                while (b - a > 4 && isEmphasis(line, a, b)) {
                    a += 2;
                    b -= 2;
                    while (a < b && Character.isWhitespace(line.charAt(a))) {
                        a++;
                    }
                    while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
                        b--;
                    }
                }
                boolean outerEmpty = a == b && (start == 0 || i == line.length());
                if (!outerEmpty) {
                    cells.add(new Cell(line.substring(a, b), base + a, base + b));
                }
                start = i + 1;
            }
        }
        int rs = base, re = base + line.length();
        if (!cells.isEmpty()) {
            rs = cells.get(0).start();
            re = cells.get(cells.size() - 1).end();
        }
        return new Table.Row(cells, rs, re);
    }
}
