package org.plantrack.nlp.table;

import java.util.List;

/** What every table detector needs: where the header ends and which prose surrounds the table. */
final class TableShapes {

    /** How much prose before a table is kept as its context (a caption, a 单位 line, a sentence quoting it). */
    static final int CONTEXT_BEFORE = 400;
    static final int CONTEXT_AFTER = 120;
    private static final int MAX_HEADER_ROWS = 3;
    /** A header cell that is a year (2025, 2025年目标值); a value cell is never a bare year of this range. */
    private static final java.util.regex.Pattern YEAR_CELL = java.util.regex.Pattern.compile("^(?:19[5-9]\\d|20[0-6]\\d)(?:\\D.*)?$");

    private TableShapes() {
    }

    /** Leading rows that hold no value (years and words only) are the header, at most three of them. */
    static int headerRowCount(List<Table.Row> rows) {
        int n = 0;
        for (Table.Row r : rows) {
            // A row below the header with text in its first cell only (一、收入 spanning the table) opens a
            // section of rows: it belongs to the body, whose names it would otherwise join.
            if (n >= MAX_HEADER_ROWS || hasValue(r) || n > 0 && onlyFirstCellFilled(r, rows.get(0).cells().size())) {
                break;
            }
            n++;
        }
        return n == rows.size() ? 0 : n;
    }

    private static boolean onlyFirstCellFilled(Table.Row r, int headerWidth) {
        List<Cell> cells = r.cells();
        if (cells.isEmpty() || cells.get(0).isBlank()) {
            return false;
        }
        // A lone cell (HTML's colspan row as text) under a wider header: a section row, unless it reads like the
        // lower half of a split header (目标值 under 2025年).
        if (cells.size() == 1) {
            return headerWidth >= 2 && !HeaderClassifier.isValueHeader(cells.get(0).text());
        }
        for (int i = 1; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasValue(Table.Row r) {
        for (Cell c : r.cells()) {
            if (!YEAR_CELL.matcher(c.text().strip()).matches() && CellValue.parse(c.text()) != null) {
                return true;
            }
        }
        return false;
    }

    static String contextAround(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - CONTEXT_BEFORE), start);
        String after = text.substring(end, Math.min(text.length(), end + CONTEXT_AFTER));
        int nl = after.indexOf('\n', 1);
        // Only the line right after the table: a note (注：单位…) belongs to it, the next paragraph does not.
        return before + "\n" + (nl < 0 ? after : after.substring(0, nl));
    }
}
