package org.plantrack.nlp.table;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a table cell holds, with the qualifier and unit written around it. The one place where cell text
 * becomes a number, so that a shared number parser can replace it.
 *
 * @param value     the number (signed when the cell is: -0.8 under 比上年增长)
 * @param qualifier ">=", "<=", "~" or null
 * @param unit      a unit written in the cell (95万吨 → 万吨), or null
 * @param change    "increase" for 翻一番-style cells, else null
 */
public record CellValue(BigDecimal value, String qualifier, String unit, String change) {

    private static final Pattern NUMBER = Pattern.compile(
            "^([<>≤≥＜＞=]|不低于|不超过|不少于|超过|达到|约)?\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*"
                    + "([%‰]|[万亿]?[\\p{IsHan}A-Za-z/²³]{1,6})?$");
    private static final Pattern TRAILING_QUALIFIER = Pattern.compile("\\s*(以上|以下|以内|左右)$");
    private static final Pattern DOUBLING = Pattern.compile("^翻(一|两|二|三|1|2|3)番$");
    /** Bracket marks a cumulative figure: 〔15〕, [15], (15). */
    private static final Pattern BRACKETED = Pattern.compile("^[〔\\[【(（](.+)[〕\\]】)）]$");

    /** The cell's value, or null when it holds no number (a dash, an empty cell, a word). */
    public static CellValue parse(String cellText) {
        String s = TableNoise.repair(cellText).strip();
        Matcher b = BRACKETED.matcher(s);
        if (b.matches()) {
            s = b.group(1).strip();
        }
        if (s.isEmpty() || TableNoise.isEmptyMark(s)) {
            return null;
        }
        Matcher d = DOUBLING.matcher(s);
        if (d.matches()) {
            int times = switch (d.group(1)) {
                case "两", "二", "2" -> 2;
                case "三", "3" -> 3;
                default -> 1;
            };
            return new CellValue(BigDecimal.valueOf(times), null, "番", "increase");
        }
        String after = null;
        Matcher tq = TRAILING_QUALIFIER.matcher(s);
        if (tq.find()) {
            after = tq.group(1);
            s = s.substring(0, tq.start());
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(3);
        if (unit != null && (unit.equals("年") || unit.startsWith("年"))) {
            return null; // a year, not a value
        }
        String q = qualifier(m.group(1), after);
        BigDecimal v = new BigDecimal(m.group(2).startsWith("+") ? m.group(2).substring(1) : m.group(2));
        return new CellValue(v, q, unit, null);
    }

    private static String qualifier(String before, String after) {
        String w = (before == null ? "" : before) + (after == null ? "" : after);
        if (w.isEmpty() || w.equals("=") || w.equals("达到")) {
            return null;
        }
        if (w.contains(">") || w.contains("≥") || w.contains("＞") || w.contains("以上") || w.contains("不低于")
                || w.contains("不少于") || w.contains("超过")) {
            return ">=";
        }
        if (w.contains("<") || w.contains("≤") || w.contains("＜") || w.contains("以下") || w.contains("以内")
                || w.contains("不超过")) {
            return "<=";
        }
        return "~";
    }
}
