package org.plantrack.nlp.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A transposed table names its indicators across the first row and its years or 目标值 down the first column
 * (指标 | 地区生产总值(亿元) | 森林覆盖率(%) over 2025年目标值 | 700 | 42). Turned back, it reads like any other.
 */
final class Transposer {

    private Transposer() {
    }

    static Table normalise(Table t) {
        return isTransposed(t) ? transpose(t) : t;
    }

    static boolean isTransposed(Table t) {
        if (t.rows().size() < 2) {
            return false;
        }
        List<Cell> first = t.rows().get(0).cells();
        int names = 0;
        int places = 0;
        for (int i = 1; i < first.size(); i++) {
            String c = first.get(i).text();
            places += PlaceRows.isPlace(RowName.clean(c)) ? 1 : 0;
            // 财政收入（亿元） | 增长（%）: a growth column right of a measure is one more indicator across the row.
            if (HeaderClassifier.classify(c).role() == HeaderRole.GROWTH && names > 0
                    && !HeaderClassifier.classify(first.get(i - 1).text()).holdsValues()) {
                names++;
                continue;
            }
            if (RowName.hasHan(c) && !HeaderClassifier.classify(c).holdsValues()
                    && HeaderClassifier.classify(c).role() != HeaderRole.UNIT
                    && HeaderClassifier.classify(c).role() != HeaderRole.ATTRIBUTE) {
                names++;
            }
        }
        // 指标 | 九江市 | 宜昌市 is a column per place: its rows are indicators already.
        if (names < 2 || names < first.size() - 2 || places >= 2) {
            return false;
        }
        int valueRows = 0;
        for (int r = 1; r < t.rows().size(); r++) {
            List<Cell> cells = t.rows().get(r).cells();
            if (!cells.isEmpty() && HeaderClassifier.classify(cells.get(0).text()).holdsValues()) {
                valueRows++;
            }
        }
        // Most rows below say a year or a role (2020年, 2025年目标值); one growth row (增长（%）) among indicators does not.
        int below = t.rows().size() - 1;
        return valueRows >= 1 && valueRows >= t.rows().size() - 2 && valueRows * 2 > below;
    }

    private static Table transpose(Table t) {
        int width = 0;
        for (Table.Row r : t.rows()) {
            width = Math.max(width, r.cells().size());
        }
        List<Table.Row> rows = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            List<Cell> cells = new ArrayList<>();
            int start = Integer.MAX_VALUE, end = 0;
            for (Table.Row r : t.rows()) {
                Cell cell = c < r.cells().size() ? r.cells().get(c) : new Cell("", r.end(), r.end());
                cells.add(cell);
                if (!cell.isBlank()) {
                    start = Math.min(start, cell.start());
                    end = Math.max(end, cell.end());
                }
            }
            rows.add(new Table.Row(cells, start == Integer.MAX_VALUE ? t.start() : start, Math.max(end, start)));
        }
        return new Table(t.shape() + "_transposed", rows, 1, t.start(), t.end(), t.context());
    }
}
