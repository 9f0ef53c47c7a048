package org.plantrack.nlp.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A header printed without its top-left corner cell (a blank corner lost in copying, a markdown header row opened
 * by a bar the body rows do not have) is one cell shorter than every body row, whose first cells name the rows.
 * The header's cells belong over the value columns, so an empty corner is put back in front of them; otherwise
 * each header cell would stand one column too far left.
 */
final class CornerCell {

    private CornerCell() {
    }

    static Table restore(Table t) {
        if (t.headerRows() != 1 || t.body().isEmpty()) {
            return t;
        }
        Table.Row header = t.rows().get(0);
        int width = header.cells().size();
        if (width < 2 || header.cells().get(0).isBlank()) {
            return t;
        }
        for (Table.Row r : t.body()) {
            List<Cell> cells = r.cells();
            if (cells.size() != width + 1 || !RowName.hasHan(cells.get(0).text()) || spans(header) != width) {
                return t;
            }
        }
        List<Cell> cells = new ArrayList<>(width + 1);
        cells.add(new Cell("", header.start(), header.start()));
        cells.addAll(header.cells());
        List<Table.Row> rows = new ArrayList<>(t.rows());
        rows.set(0, new Table.Row(cells, header.start(), header.end()));
        return new Table(t.shape(), rows, t.headerRows(), t.start(), t.end(), t.context());
    }

    private static int spans(Table.Row r) {
        int n = 0;
        for (Cell c : r.cells()) {
            n += c.colSpan();
        }
        return n;
    }
}
