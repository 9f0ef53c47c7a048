package org.plantrack.nlp.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.CjkChars;

/**
 * Tables whose rows PDF extraction glued into one run of text: a header of column names without separators
 * (指标名称计量单位2020年目标值资料来源), then rows of "number name unit value source" with nothing between
 * them ("2 服务业增加值占GDP 比重% ≥ 53省统计局3 …"). Rows are found from their values: a unit directly followed
 * by an optionally qualified number (or 翻一番); the name runs back to the previous row, less its row number, a
 * category heading (二、创新驱动) and the previous row's source organisation. A row number glued to a value
 * (≥9818 for 98 in row 17 before row 18) is cut off by the row-number sequence.
 */
public final class GluedRowTableDetector {

    private static final Pattern HEADER = Pattern.compile(
            "(指标名称|指标)\\s*(计量单位|单位)\\s*((?:19|20)\\d{2}\\s*年?\\s*(?:目标值|规划值|目标|预期值)?|目标值|规划值)"
                    + "\\s*(资料来源|数据来源|责任单位|牵头单位|责任部门)?");
    /** Units a glued row prints between its name and its value, longest first. */
    private static final String UNITS = "亿元|万元|元|万人|人年|人|标台|万吨|吨|平方米|平方公里|公里|万亩|亩|件|张|个|家|所|户|项|岁|年|天|%|‰";
    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    private static final String QUAL = "[≥≤<>=＜＞]";
    private static final Pattern VALUE = Pattern.compile("(" + UNITS + ")\\s*((" + QUAL + "?\\s*" + NUMBER + ")(\\s*/\\s*"
            + QUAL + "?\\s*" + NUMBER + ")?|翻[一两二三]番)");
    /** A value stated in brackets after the main one: 翻一番(全省人均GDP ≥ 10万元). */
    private static final Pattern BRACKETED = Pattern.compile("^\\s*[(（]([^()（）]{1,20}?)\\s*(" + QUAL + ")\\s*(" + NUMBER
            + ")\\s*([万亿]?元|[万]?人|%)\\s*[)）]");
    private static final Pattern SOURCE = Pattern.compile(
            "^\\s*[" + CjkChars.HAN_CLASS + "]{1,8}?(?:局|委|厅|办|总队|中心|部)(?:\\s*/\\s*["
                    + CjkChars.HAN_CLASS + "]{1,8}?(?:局|委|厅|办|总队|中心|部))?");
    private static final Pattern LEAD = Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,3}、[^\\d]{1,12}?(?=\\d))?\\s*\\d{0,2}\\s*");

    private GluedRowTableDetector() {
    }

    public static List<Table> detect(String text) {
        List<Table> out = new ArrayList<>();
        Matcher h = HEADER.matcher(text);
        int from = 0;
        while (from < text.length() && h.find(from)) {
            int lineEnd = text.indexOf('\n', h.end());
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Table t = read(text, h, lineEnd);
            if (t != null) {
                out.add(t);
            }
            from = Math.max(h.end(), t == null ? h.end() : t.end());
        }
        return out;
    }

    private static Table read(String text, Matcher h, int limit) {
        List<Table.Row> rows = new ArrayList<>();
        rows.add(headerRow(h));
        int pos = h.end();
        int lastRowNumber = 0;
        Matcher v = VALUE.matcher(text);
        v.region(pos, limit);
        int end = pos;
        while (v.find()) {
            String lead = text.substring(pos, v.start());
            // What precedes the name: the previous row's source organisation, a category heading, a row number.
            Matcher src = SOURCE.matcher(lead);
            int nameFrom = src.lookingAt() && src.end() < lead.length() ? src.end() : 0;
            Matcher ld = LEAD.matcher(lead.substring(nameFrom));
            if (ld.lookingAt()) {
                String digits = ld.group().replaceAll("\\D", "");
                if (!digits.isEmpty()) {
                    lastRowNumber = Integer.parseInt(digits.substring(Math.max(0, digits.length() - 2)));
                }
                nameFrom += ld.end();
            }
            int ns = pos + nameFrom;
            int ne = v.start();
            if (ne - ns < 2 || ne - ns > 40 || !RowName.hasHan(text.substring(ns, ne))) {
                pos = v.end();
                v.region(pos, limit);
                continue;
            }
            int valueEnd = cutGluedRowNumber(text, v.start(2), v.end(), lastRowNumber, limit);
            addRows(text, rows, ns, ne, v.start(1), v.end(1), v.start(2), valueEnd);
            pos = valueEnd;
            end = valueEnd;
            Matcher br = BRACKETED.matcher(text).region(pos, limit);
            if (br.lookingAt()) {
                String sub = br.group(1).strip();
                String name = sub.length() <= 3 ? sub + text.substring(ns, ne) : sub;
                rows.add(new Table.Row(List.of(
                        new Cell(name, br.start(1), br.end(1)),
                        new Cell(br.group(4), br.start(4), br.end(4)),
                        new Cell(br.group(2) + br.group(3), br.start(2), br.end(3))), br.start(1), br.end(4)));
                pos = br.end();
                end = pos;
            }
            v.region(pos, limit);
        }
        if (rows.size() < 3) {
            return null;
        }
        return new Table("glued_rows", rows, 1, h.start(), end, TableShapes.contextAround(text, h.start(), end));
    }

    private static Table.Row headerRow(Matcher h) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(h.group(1), h.start(1), h.end(1)));
        cells.add(new Cell(h.group(2), h.start(2), h.end(2)));
        cells.add(new Cell(h.group(3), h.start(3), h.end(3)));
        return new Table.Row(cells, h.start(), h.end());
    }

    /** One row, or two when name and value both list two (城镇登记失业率/城镇调查失业率 … <4/<5.5). */
    private static void addRows(String text, List<Table.Row> rows, int ns, int ne, int us, int ue, int vs, int ve) {
        String name = text.substring(ns, ne);
        String value = text.substring(vs, ve);
        int nameSlash = name.indexOf('/');
        int valueSlash = value.indexOf('/');
        if (nameSlash > 0 && valueSlash > 0) {
            rows.add(row(text, ns, ns + nameSlash, us, ue, vs, vs + valueSlash));
            rows.add(row(text, ns + nameSlash + 1, ne, us, ue, vs + valueSlash + 1, ve));
        } else if (valueSlash < 0) {
            rows.add(row(text, ns, ne, us, ue, vs, ve));
        }
    }

    private static Table.Row row(String text, int ns, int ne, int us, int ue, int vs, int ve) {
        return new Table.Row(List.of(
                new Cell(text.substring(ns, ne).strip(), ns, ne),
                new Cell(text.substring(us, ue), us, ue),
                new Cell(text.substring(vs, ve).strip(), vs, ve)), ns, ve);
    }

    /**
     * PDF extraction glues the next row's number to a value without a source column between them (≥9818 城镇…
     * after row 17): when the value's digits end with the expected next row number and a name follows, the row
     * number is cut off.
     */
    private static int cutGluedRowNumber(String text, int valueStart, int valueEnd, int lastRowNumber, int limit) {
        String next = Integer.toString(lastRowNumber + 1);
        String value = text.substring(valueStart, valueEnd);
        if (lastRowNumber <= 0 || value.contains(".") || !value.endsWith(next)) {
            return valueEnd;
        }
        int digitsStart = valueEnd;
        while (digitsStart > valueStart && Character.isDigit(text.charAt(digitsStart - 1))) {
            digitsStart--;
        }
        // A name (not a source organisation) right after the digits: the layout of a glued row number.
        int nameAt = valueEnd < limit && text.charAt(valueEnd) == ' ' ? valueEnd + 1 : valueEnd;
        boolean nameFollows = nameAt < limit && RowName.hasHan(String.valueOf(text.charAt(nameAt)))
                && !SOURCE.matcher(text).region(valueEnd, limit).lookingAt();
        if (nameFollows && valueEnd - next.length() > digitsStart) {
            return valueEnd - next.length();
        }
        return valueEnd;
    }
}
