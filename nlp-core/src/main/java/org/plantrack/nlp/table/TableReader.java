package org.plantrack.nlp.table;

import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.extract.Found;

/**
 * Reads indicators from tables (GUIDELINES.md, second round, convention 5): one indicator per value cell; the
 * column's header decides kind and year (基期 → actual, 目标 → target, 〔累计〕/年均 → target change, 比上年增长 →
 * actual change), the row header names the metric; the unit comes from the row header, the unit column, the
 * column header, the cell or the prose around the table; 属性 gives binding/anticipatory.
 */
public final class TableReader {

    /** Values read from tables rank below a stated sentence only because cell alignment can be guessed wrong. */
    private static final double CONFIDENCE = 0.8;

    private TableReader() {
    }

    /** @param docYear the year the document is written in (decides bare year columns), or null */
    public static List<TableValue> read(List<Table> tables, Integer docYear) {
        List<TableValue> out = new ArrayList<>();
        for (Table t : tables) {
            read(t, docYear, out);
        }
        return out;
    }

    static void read(Table source, Integer docYear, List<TableValue> out) {
        Table table = Transposer.normalise(CornerCell.restore(source));
        if (table.headerRows() == 0) {
            return;
        }
        TableCaption caption = TableCaption.of(table);
        List<Column> columns = columns(table, caption);
        if (columns.stream().noneMatch(Column::holdsValues)) {
            return;
        }
        int width = columns.size();
        int nameCol = nameColumn(columns);
        Integer targetYear = targetYear(columns, docYear);
        String tableUnit = TableUnits.fromContext(table);
        String placeMeasure = placeMeasure(table, columns, nameCol, caption);
        String previousName = null;
        for (Table.Row row : table.body()) {
            List<Cell> cells = row.cells();
            // Rows with fewer cells than the header lost a merged (rowspan) cell on the left: align them right.
            int shift = cells.size() < width ? cells.size() - width : 0;
            String rawName = nameOf(cells, columns, nameCol, shift);
            if (rawName == null) {
                continue;
            }
            String rowUnit = TableUnits.inName(rawName);
            String name = RowName.clean(TableUnits.withoutUnit(rawName));
            if (name.isEmpty()) {
                continue;
            }
            String rowChange = RowName.changeNamed(name);
            // 增长（%） under 地区生产总值（亿元） (a transposed table, a growth row below its level) grows the row above.
            if (RowName.isBareChange(name)) {
                if (previousName == null) {
                    continue;
                }
                name = previousName;
            } else {
                previousName = name;
            }
            String unitCell = cellFor(cells, columns, HeaderRole.UNIT, shift);
            if (rowUnit == null && unitCell != null && !unitCell.isBlank() && unitCell.length() <= 8) {
                rowUnit = unitCell.strip();
            }
            String attribute = RowName.attribute(cellFor(cells, columns, HeaderRole.ATTRIBUTE, shift));
            if (attribute == null) {
                attribute = RowName.attribute(rawName.contains("性") ? rawName : null);
            }
            String sentence = sentenceOf(cells);
            for (int c = 0; c < width; c++) {
                Column col = columns.get(c);
                int ci = c + shift;
                if (!col.holdsValues() || ci < 0 || ci >= cells.size()) {
                    continue;
                }
                Cell cell = cells.get(ci);
                for (CellValue v : CellValue.parseAll(cell.text())) {
                    add(out, row, cell, col, v, name, rowChange, rowUnit, tableUnit, placeMeasure, attribute, sentence, docYear,
                            targetYear);
                }
            }
        }
    }

    private static void add(List<TableValue> out, Table.Row row, Cell cell, Column col, CellValue v, String name,
            String rowChange, String rowUnit, String tableUnit, String placeMeasure, String attribute, String sentence, Integer docYear,
            Integer targetYear) {
        String unit = unitOf(col, v, rowUnit, tableUnit);
        if (unit == null) {
            return;
        }
        String kind = kindOf(col, docYear, targetYear);
        Integer year = col.role() == HeaderRole.CUMULATIVE && col.year() == null ? targetYear : col.year();
        // A level's cell changes nothing unless the row is named by a change (地区生产总值增长 | 3.6).
        String change = v.change() != null ? v.change()
                : col.role() == HeaderRole.VALUE && !v.cumulative() ? rowChange
                : col.role() == HeaderRole.GROWTH ? "increase" : RowName.direction(name);
        String measure = col.metricSuffix() != null ? col.metricSuffix() : placeMeasure;
        // A column per place (指标 | 长沙市 | 株洲市) names the region, which leads as in a row per place; a total
        // row (合计) is the measure itself, of the table's whole area.
        String metric = measure == null || name.contains(measure) || name.contains(MeasureColumns.stem(measure)) ? name
                : PlaceRows.isPlace(measure) ? measure + name
                : PlaceRows.isTotal(name) ? measure : name + measure;
        Found f = new Found(metric, v.value(), unit, kind, v.qualifier(), change, null, year, -1,
                cell.start(), cell.end(), CONFIDENCE, attribute);
        out.add(new TableValue(f, sentence, row.start(), row.end()));
    }

    /**
     * The measure of a table whose rows are places and whose value columns name none (城市 | 2023年 | 2022年 under
     * 表3 2023年各市地区生产总值): the caption's, added to each place's name (长沙市地区生产总值); else null.
     */
    private static String placeMeasure(Table table, List<Column> columns, int nameCol, TableCaption caption) {
        if (caption.measure() == null || columns.stream().anyMatch(c -> c.holdsValues() && c.metricSuffix() != null)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        int width = columns.size();
        for (Table.Row row : table.body()) {
            List<Cell> cells = row.cells();
            String raw = nameOf(cells, columns, nameCol, cells.size() < width ? cells.size() - width : 0);
            if (raw != null) {
                names.add(RowName.clean(TableUnits.withoutUnit(raw)));
            }
        }
        String header = nameCol >= 0 && !table.header().isEmpty() ? headerText(table, nameCol) : "";
        return PlaceRows.are(header, names) ? caption.measure() : null;
    }

    private static String headerText(Table table, int col) {
        List<Cell> cells = table.header().get(0).cells();
        return col < cells.size() ? cells.get(col).text() : "";
    }

    /**
     * Each column's role from the header rows' texts stacked top to bottom (a header split over two rows). In a
     * split header an empty cell of the first row continues the spanning cell on its left (HTML colspan), and a
     * shorter lower row fills the columns under those spanning cells; otherwise it fills the rightmost columns.
     */
    static List<Column> columns(Table table, TableCaption caption) {
        int width = 0;
        for (Table.Row r : table.rows()) {
            width = Math.max(width, span(r));
        }
        String[] stacked = new String[width];
        java.util.Arrays.fill(stacked, "");
        // What the lowest header row says of each column itself (2020年基期值 under a spanning 规划值).
        String[] own = new String[width];
        List<Table.Row> header = table.header();
        boolean[] spanned = new boolean[width];
        for (int h = 0; h < header.size(); h++) {
            Table.Row r = header.get(h);
            int[] target = placement(r, h, width, spanned, header.size());
            int k = 0;
            for (Cell c : r.cells()) {
                for (int n = 0; n < c.colSpan() && k < target.length; n++, k++) {
                    int col = target[k];
                    if (!stacked[col].endsWith(c.text())) {
                        stacked[col] = stacked[col] + c.text();
                    }
                    if (h == header.size() - 1 && h > 0) {
                        own[col] = c.text();
                    }
                }
            }
            if (h == 0 && header.size() > 1) {
                for (int col = 1; col < width; col++) {
                    if (stacked[col].isEmpty() && !stacked[col - 1].isEmpty()) {
                        stacked[col] = stacked[col - 1];
                        spanned[col] = true;
                        spanned[col - 1] = true;
                    }
                }
            }
        }
        List<Column> out = new ArrayList<>(width);
        for (String h : stacked) {
            out.add(HeaderClassifier.classify(h));
        }
        return MeasureColumns.apply(SpanningHeaders.resolveKinds(out, stacked, own, spanned), stacked, table.body(), caption);
    }

    /** The columns a header row's cells go to. */
    private static int[] placement(Table.Row r, int index, int width, boolean[] spanned, int headerRows) {
        int n = Math.min(span(r), width);
        int[] cols = new int[n];
        int spannedCount = 0;
        for (boolean b : spanned) {
            spannedCount += b ? 1 : 0;
        }
        if (index > 0 && n < width && n == spannedCount) {
            for (int c = 0, k = 0; c < width; c++) {
                if (spanned[c]) {
                    cols[k++] = c;
                }
            }
            return cols;
        }
        int first = index > 0 && n < width && headerRows > 1 ? width - n : 0;
        for (int k = 0; k < n; k++) {
            cols[k] = first + k;
        }
        return cols;
    }

    private static int span(Table.Row r) {
        int n = 0;
        for (Cell c : r.cells()) {
            n += c.colSpan();
        }
        return n;
    }

    private static int nameColumn(List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == HeaderRole.NAME) {
                return i;
            }
        }
        return -1;
    }

    private static String nameOf(List<Cell> cells, List<Column> columns, int nameCol, int shift) {
        int ni = nameCol + shift;
        if (nameCol >= 0 && ni >= 0 && ni < cells.size() && RowName.hasHan(cells.get(ni).text())) {
            return cells.get(ni).text();
        }
        // No 指标 column: the last Han cell left of the first value column names the row.
        int firstValue = 0;
        while (firstValue < columns.size() && !columns.get(firstValue).holdsValues()) {
            firstValue++;
        }
        for (int i = Math.min(firstValue + shift, cells.size()) - 1; i >= 0; i--) {
            int c = i - shift;
            HeaderRole role = c >= 0 && c < columns.size() ? columns.get(c).role() : HeaderRole.NAME;
            if (role != HeaderRole.UNIT && role != HeaderRole.ATTRIBUTE && RowName.hasHan(cells.get(i).text())) {
                return cells.get(i).text();
            }
        }
        return null;
    }

    private static String cellFor(List<Cell> cells, List<Column> columns, HeaderRole role, int shift) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).role() == role && c + shift >= 0 && c + shift < cells.size()) {
                return cells.get(c + shift).text();
            }
        }
        return null;
    }

    private static String unitOf(Column col, CellValue v, String rowUnit, String tableUnit) {
        if (v.unit() != null) {
            return v.unit();
        }
        if (col.role() == HeaderRole.GROWTH) {
            return col.unit();
        }
        // 〔12〕 under 年均增长〔累计〕 is the period's total, counted in the row's unit; the column's % is for its rates.
        if (col.role() == HeaderRole.CUMULATIVE && v.cumulative() && rowUnit != null) {
            return rowUnit;
        }
        if (col.unit() != null && (rowUnit == null || col.role() == HeaderRole.CUMULATIVE && col.unit().equals("%"))) {
            return col.unit();
        }
        return rowUnit != null ? rowUnit : tableUnit;
    }

    /** The year of the table's target column: the latest year a target or plain year column states. */
    private static Integer targetYear(List<Column> columns, Integer docYear) {
        Integer best = null;
        for (Column c : columns) {
            if (c.role() == HeaderRole.VALUE && c.year() != null && !"actual".equals(c.kind())
                    && (best == null || c.year() > best)) {
                best = c.year();
            }
        }
        return best;
    }

    private static String kindOf(Column col, Integer docYear, Integer targetYear) {
        if (col.kind() != null) {
            return col.kind();
        }
        if (col.year() == null) {
            return "actual";
        }
        if (docYear != null) {
            return col.year() >= docYear ? "target" : "actual";
        }
        return "actual";
    }

    private static String sentenceOf(List<Cell> cells) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : cells) {
            String t = TableNoise.repair(c.text()).strip();
            // OCR's 一 for an empty-cell dash is debris, not part of what the row says.
            if (t.isEmpty() || t.equals("一")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
