package org.plantrack.nlp.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns whose header names what they measure instead of a year or a role: {@code 地区 | 生产总值（亿元） | 增长（%）},
 * {@code 产品名称 | 单位 | 产量 | 比上年增长}. When most of such a column's cells are values it holds values, named by
 * the row and the header (宁乡市生产总值, 粮食产量). A growth column without a measure of its own grows the measure on
 * its left. In a table of year-less columns (no year or target column beside them) the values take the one year
 * the caption states ({@code 表1 2023年主要农产品产量}); a
 * growth column without one takes the table's only value year, which it compares with the year before.
 */
final class MeasureColumns {

    private MeasureColumns() {
    }

    static List<Column> apply(List<Column> columns, String[] headers, List<Table.Row> body, TableCaption caption) {
        List<Column> out = new ArrayList<>(columns);
        int nameCol = -1;
        for (int c = 0; c < out.size(); c++) {
            if (out.get(c).role() == HeaderRole.NAME) {
                nameCol = c;
                break;
            }
        }
        for (int c = 0; c < out.size(); c++) {
            Column col = out.get(c);
            if (c == nameCol || col.role() != HeaderRole.NAME && col.role() != HeaderRole.OTHER) {
                continue;
            }
            String measure = HeaderClassifier.measure(headers[c]);
            if (measure != null && mostlyValues(body, c, out.size())) {
                out.set(c, new Column(HeaderRole.VALUE, null, null, HeaderClassifier.unitOf(headers[c]), measure));
            }
        }
        Integer onlyValueYear = onlyValueYear(out);
        // A caption year dates a table of year-less measures; beside 现状值 | 目标值 it would date the target too.
        Integer captionYear = out.stream().anyMatch(c -> c.role() == HeaderRole.VALUE
                && (c.year() != null || "target".equals(c.kind()))) ? null : caption.year();
        String measureOnLeft = null;
        for (int c = 0; c < out.size(); c++) {
            Column col = out.get(c);
            if (col.role() == HeaderRole.VALUE) {
                measureOnLeft = col.metricSuffix() != null ? col.metricSuffix() : measureOnLeft;
                if (col.year() == null && captionYear != null) {
                    out.set(c, new Column(col.role(), captionYear, col.kind(), col.unit(), col.metricSuffix()));
                }
            } else if (col.role() == HeaderRole.GROWTH) {
                Integer year = col.year() != null ? col.year() : caption.year() != null ? caption.year() : onlyValueYear;
                String measure = col.metricSuffix() != null ? col.metricSuffix() : measureOnLeft;
                out.set(c, new Column(col.role(), year, col.kind(), col.unit(), measure));
            }
        }
        return out;
    }

    /**
     * A measure without the word that only says it is an amount (投资额 → 投资, 发电量 → 发电), so that a row named
     * 第二产业投资 is not named twice; a measure of two characters (产量) stays whole.
     */
    static String stem(String measure) {
        return measure.length() > 2 && "额量数值".indexOf(measure.charAt(measure.length() - 1)) >= 0
                ? measure.substring(0, measure.length() - 1) : measure;
    }

    /** Whether the column's non-empty body cells are values, half of them at least and one at least. */
    private static boolean mostlyValues(List<Table.Row> body, int c, int width) {
        int values = 0;
        int filled = 0;
        for (Table.Row r : body) {
            List<Cell> cells = r.cells();
            int ci = c + (cells.size() < width ? cells.size() - width : 0);
            if (ci < 0 || ci >= cells.size() || TableNoise.isEmptyMark(cells.get(ci).text())) {
                continue;
            }
            filled++;
            if (!CellValue.parseAll(cells.get(ci).text()).isEmpty()) {
                values++;
            }
        }
        return values >= 1 && values * 2 >= filled;
    }

    /** The year of the table's value columns when they all state the same one, else null. */
    private static Integer onlyValueYear(List<Column> columns) {
        Integer year = null;
        for (Column c : columns) {
            if (c.role() == HeaderRole.VALUE && c.year() != null) {
                if (year != null && !year.equals(c.year())) {
                    return null;
                }
                year = c.year();
            }
        }
        return year;
    }
}
