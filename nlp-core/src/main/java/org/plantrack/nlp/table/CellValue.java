package org.plantrack.nlp.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.number.ChineseNumeral;
import org.plantrack.nlp.number.NumberForm;
import org.plantrack.nlp.number.NumberScanner;
import org.plantrack.nlp.number.NumberToken;
import org.plantrack.nlp.text.CjkChars;

/**
 * The number a table cell holds, with the qualifier and unit written around it. The number itself is read by the
 * shared {@link NumberScanner} (Arabic, full-width, Chinese numerals, thousands separators, 萬/億, 百分之); this class
 * decides what around it a cell may hold.
 *
 * @param value     the number (signed when the cell is: -0.8 under 比上年增长)
 * @param qualifier ">=", "<=", "~" or null
 * @param unit      a unit written in the cell (95万吨 → 万吨), or null
 * @param change    "increase" for 翻一番-style cells, else null
 * @param cumulative whether the cell marks its figure as a total over the period ({@code 〔13.5〕}, {@code [400]})
 */
public record CellValue(BigDecimal value, String qualifier, String unit, String change, boolean cumulative) {

    /** A comparison before the number; 力争/争取/确保 (strive for) only say the cell is a goal, which its column says. */
    private static final Pattern LEADING_QUALIFIER = Pattern.compile("^(?:力争|争取|确保)?\\s*([<>≤≥＜＞=]|不低于|不超过|不少于|超过|达到|约)?\\s*\\+?");
    private static final Pattern TRAILING_QUALIFIER = Pattern.compile("\\s*(以上|以下|以内|左右)$");
    /** What may follow the number in a cell: nothing, or a unit. */
    private static final Pattern UNIT = Pattern.compile("^([%‰]|[" + CjkChars.HAN_CLASS + "A-Za-z/²³]{1,6})?$");
    private static final Pattern DOUBLING = Pattern.compile("^翻(一|两|二|三|1|2|3)番$");
    /** Footnote marks after a figure (450①, 6.5*, 12※): they point to a note, they are not part of the value. */
    private static final Pattern FOOTNOTE =
            Pattern.compile("(?<=[\\d%‰)）〕\\]】" + CjkChars.HAN_CLASS + "])\\s*(?:[①-⑳]|\\*+|※)+$");
    /** Brackets around a figure: 〔15〕, [15], (15). */
    private static final Pattern BRACKETED = Pattern.compile("^[〔\\[【(（](.+)[〕\\]】)）]$");
    /**
     * The brackets plan tables print cumulative figures in (〔〕内为五年累计数, and its square-bracket stand-ins);
     * round parentheses are also used for notes and negative amounts, so they mark nothing.
     */
    private static final String CUMULATIVE_OPENERS = "〔[【";
    private static final Pattern PERCENT_BEFORE_RANGE = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*%\\s*(?=[-~～—－至到])");

    /** The cell's value, or null when it holds no number (a dash, an empty cell, a word, a year). */
    public static CellValue parse(String cellText) {
        String s = FOOTNOTE.matcher(TableNoise.repair(cellText).strip()).replaceFirst("");
        Matcher b = BRACKETED.matcher(s);
        boolean cumulative = false;
        if (b.matches()) {
            cumulative = CUMULATIVE_OPENERS.indexOf(s.charAt(0)) >= 0;
            s = b.group(1).strip();
        }
        if (s.isEmpty() || TableNoise.isEmptyMark(s) || isPlaceName(s)) {
            return null;
        }
        Matcher d = DOUBLING.matcher(s);
        if (d.matches()) {
            int times = switch (d.group(1)) {
                case "两", "二", "2" -> 2;
                case "三", "3" -> 3;
                default -> 1;
            };
            return new CellValue(BigDecimal.valueOf(times), null, "番", "increase", cumulative);
        }
        String after = null;
        Matcher tq = TRAILING_QUALIFIER.matcher(s);
        if (tq.find()) {
            after = tq.group(1);
            s = s.substring(0, tq.start());
        }
        Matcher lead = LEADING_QUALIFIER.matcher(s);
        lead.lookingAt();
        int at = lead.end();
        if (at >= s.length()) {
            return null;
        }
        if (!startsNumber(s, at)) {
            return null;
        }
        NumberToken token = NumberScanner.readAt(s, at);
        if (token == null || token.start() != at || token.range() != NumberToken.RangeEnd.NONE
                || token.form() == NumberForm.FRACTION) {
            return null;
        }
        String rest = s.substring(token.end()).strip();
        if (rest.startsWith("年") || !UNIT.matcher(rest).matches()) {
            return null; // a year, or words after the number: not a value cell
        }
        String unit = switch (token.form()) {
            case PERCENT -> "%";
            case PERMILLE -> "‰";
            default -> token.multiplier() + rest;
        };
        String q = qualifier(lead.group(1), after);
        return new CellValue(token.value(), q == null ? token.qualifier() : q, unit.isEmpty() ? null : unit, null, cumulative);
    }

    /**
     * Every value of a cell: its one value, or the two ends of a range ({@code 6.5-7}, {@code 1650～1700}, {@code 5%-6%})
     * as ">=" low and "<=" high, as a range is read in a sentence (GUIDELINES: 3至5家 gives two indicators).
     */
    public static List<CellValue> parseAll(String cellText) {
        CellValue one = parse(cellText);
        if (one != null) {
            return List.of(one);
        }
        String s = FOOTNOTE.matcher(TableNoise.repair(cellText).strip()).replaceFirst("");
        Matcher b = BRACKETED.matcher(s);
        boolean cumulative = b.matches() && CUMULATIVE_OPENERS.indexOf(s.charAt(0)) >= 0;
        if (b.matches()) {
            s = b.group(1).strip();
        }
        if (s.isEmpty() || !startsNumber(s, 0)) {
            return List.of();
        }
        // 5%～6%: the unit said at both ends is said once, as in 5～6%.
        s = PERCENT_BEFORE_RANGE.matcher(s).replaceFirst("$1");
        List<NumberToken> tokens = NumberScanner.scan(s);
        if (tokens.size() != 2 || tokens.get(0).start() != 0 || tokens.get(0).range() != NumberToken.RangeEnd.LOW
                || tokens.get(1).range() != NumberToken.RangeEnd.HIGH) {
            return List.of();
        }
        NumberToken low = tokens.get(0);
        NumberToken high = tokens.get(1);
        String rest = s.substring(high.end()).strip();
        if (rest.startsWith("年") || !UNIT.matcher(rest).matches() || isYear(low) && isYear(high)) {
            return List.of(); // 2021-2025 is a span of years, 3-5年 a duration
        }
        return List.of(new CellValue(low.value(), ">=", unitOf(low, rest), null, cumulative),
                new CellValue(high.value(), "<=", unitOf(high, rest), null, cumulative));
    }

    /**
     * 九江市, 三明市, 万宁市, 六盘水市: a place whose name opens with a numeral character is a name (a column header of
     * a table with a column per city), not 9 of a unit 江市; 三县 (numerals only before the division) stays a count.
     */
    private static boolean isPlaceName(String s) {
        return s.length() >= 3 && PlaceRows.isPlace(s) && !NUMERALS.matcher(s.substring(0, s.length() - 1)).matches();
    }

    private static final Pattern NUMERALS = Pattern.compile("[零〇一二两三四五六七八九十百千万亿几多]+");

    private static boolean isYear(NumberToken t) {
        return t.value().scale() <= 0 && t.value().intValue() >= 1900 && t.value().intValue() <= 2100;
    }

    private static String unitOf(NumberToken t, String rest) {
        String unit = switch (t.form()) {
            case PERCENT -> "%";
            case PERMILLE -> "‰";
            default -> t.multiplier() + rest;
        };
        return unit.isEmpty() ? null : unit;
    }

    private static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        // A Chinese numeral starts with a digit word: 万元产值用水量 and 千人拥有… are names, not 1万 and 1千.
        return c >= '0' && c <= '9' || c == '-' || c == '－' || c == '−'
                || ChineseNumeral.isNumeralChar(c) && "零〇一二三四五六七八九十两".indexOf(c) >= 0
                || s.startsWith("百分之", i) || s.startsWith("千分之", i);
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
