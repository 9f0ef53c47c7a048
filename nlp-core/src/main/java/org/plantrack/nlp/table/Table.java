package org.plantrack.nlp.table;

import java.util.List;

/**
 * A table found in the cleaned text: rows of cells in reading order and how many leading rows are headers.
 * Offsets are into the cleaned text; {@code start}/{@code end} cover every row.
 *
 * @param shape    how the table was laid out in the text ("pipe", "vertical", "pdf_rows" ...)
 * @param context  prose right around the table (caption, the lines before it) where a unit or year may be stated
 */
public record Table(String shape, List<Row> rows, int headerRows, int start, int end, String context) {

    public Table {
        rows = List.copyOf(rows);
        context = context == null ? "" : context;
    }

    /** One row; {@code start}/{@code end} cover its cells in the cleaned text. */
    public record Row(List<Cell> cells, int start, int end) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    public List<Row> header() {
        return rows.subList(0, Math.min(headerRows, rows.size()));
    }

    public List<Row> body() {
        return rows.subList(Math.min(headerRows, rows.size()), rows.size());
    }

    /** Whether a cleaned-text offset lies inside the table. */
    public boolean covers(int offset) {
        return start <= offset && offset < end;
    }
}
