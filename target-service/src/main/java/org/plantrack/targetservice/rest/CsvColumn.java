package org.plantrack.targetservice.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a CSV export: its header and how an item gives its cell. An export lists its columns once, in order,
 * and {@link Csv#response(String, List, List, long)} makes the header and every row from that list, so the two
 * cannot drift apart. A new column goes at the end (readers of the exports address columns by position too).
 *
 * @param cell the item's value for the column; null is an empty cell
 */
record CsvColumn<T>(String header, Function<T, ?> cell) {

    static <T> List<String> headers(List<CsvColumn<T>> columns) {
        return columns.stream().map(CsvColumn::header).toList();
    }

    /** The cells of one item, in column order; absent values are empty cells. */
    static <T> List<Object> row(List<CsvColumn<T>> columns, T item) {
        return columns.stream().map(c -> {
            Object value = c.cell.apply(item);
            return value == null ? "" : value;
        }).toList();
    }
}
