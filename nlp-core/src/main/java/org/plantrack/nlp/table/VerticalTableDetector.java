package org.plantrack.nlp.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables that web pages and PDF/DOCX extraction lay out one cell per line: a run of header lines (指标, 单位,
 * 2020年, 2025年目标值, 属性) followed by the body, the same number of lines a row. Recognised only when the
 * header names a value column and every body row has a value where the header says one is.
 */
public final class VerticalTableDetector {

    /** A cell line is short and is not a sentence. */
    private static final int MAX_CELL = 24;
    private static final int MAX_COLUMNS = 8;

    private VerticalTableDetector() {
    }

    public static List<Table> detect(String text) {
        List<int[]> lines = lines(text);
        List<Table> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Table t = tableAt(text, lines, i);
            if (t == null) {
                i++;
            } else {
                out.add(t);
                while (i < lines.size() && lines.get(i)[0] < t.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    private static Table tableAt(String text, List<int[]> lines, int first) {
        int width = 0;
        boolean named = false;
        boolean valued = false;
        while (first + width < lines.size() && width < MAX_COLUMNS) {
            String cell = cell(text, lines.get(first + width));
            if (cell == null || CellValue.parse(cell) != null && !HeaderClassifier.isValueHeader(cell)) {
                break;
            }
            Column c = HeaderClassifier.classify(cell);
            if (c.role() == HeaderRole.OTHER || c.role() == HeaderRole.CATEGORY && width > 0) {
                break;
            }
            named |= c.role() == HeaderRole.NAME && width == 0;
            valued |= c.holdsValues();
            width++;
        }
        if (!named || !valued || width < 2) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            columns.add(HeaderClassifier.classify(cell(text, lines.get(first + k))));
        }
        List<Table.Row> rows = new ArrayList<>();
        rows.add(row(text, lines, first, width));
        int at = first + width;
        while (at + width <= lines.size() && isBodyRow(text, lines, at, columns)) {
            rows.add(row(text, lines, at, width));
            at += width;
        }
        if (rows.size() < 2) {
            return null;
        }
        int start = rows.get(0).start();
        int end = rows.get(rows.size() - 1).end();
        return new Table("vertical", rows, 1, start, end, TableShapes.contextAround(text, start, end));
    }

    private static boolean isBodyRow(String text, List<int[]> lines, int at, List<Column> columns) {
        boolean anyValue = false;
        for (int k = 0; k < columns.size(); k++) {
            String cell = cell(text, lines.get(at + k));
            if (cell == null) {
                return false;
            }
            Column c = columns.get(k);
            boolean value = CellValue.parse(cell) != null;
            if (c.holdsValues()) {
                if (!value && !TableNoise.isEmptyMark(cell)) {
                    return false;
                }
                anyValue |= value;
            } else if (k == 0 && (!RowName.hasHan(cell) || value)) {
                return false;
            }
        }
        return anyValue;
    }

    private static Table.Row row(String text, List<int[]> lines, int at, int width) {
        List<Cell> cells = new ArrayList<>(width);
        for (int k = 0; k < width; k++) {
            int[] ln = lines.get(at + k);
            cells.add(new Cell(text.substring(ln[0], ln[1]), ln[0], ln[1]));
        }
        return new Table.Row(cells, cells.get(0).start(), cells.get(width - 1).end());
    }

    /** The line's text if it can be a cell, else null. */
    private static String cell(String text, int[] ln) {
        String s = text.substring(ln[0], ln[1]);
        if (s.isEmpty() || s.length() > MAX_CELL || s.indexOf('|') >= 0 || s.endsWith("。") || s.contains("，")) {
            return null;
        }
        return s;
    }

    /** Non-blank lines as [start, end) with surrounding spaces left out. */
    private static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                int a = start, b = i;
                while (a < b && Character.isWhitespace(s.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                    b--;
                }
                if (a < b) {
                    out.add(new int[] {a, b});
                }
                start = i + 1;
            }
        }
        return out;
    }
}
