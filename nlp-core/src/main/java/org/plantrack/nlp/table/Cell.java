package org.plantrack.nlp.table;

/**
 * One table cell: its text as read and where that text lies in the cleaned text (end exclusive).
 *
 * @param rowSpan rows the cell covers (1 unless the source said rowspan)
 * @param colSpan columns the cell covers (1 unless the source said colspan)
 */
public record Cell(String text, int start, int end, int rowSpan, int colSpan) {

    public Cell {
        text = text == null ? "" : text;
        rowSpan = Math.max(1, rowSpan);
        colSpan = Math.max(1, colSpan);
    }

    public Cell(String text, int start, int end) {
        this(text, start, end, 1, 1);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
