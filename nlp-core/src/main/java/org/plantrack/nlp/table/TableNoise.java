package org.plantrack.nlp.table;

import java.util.regex.Pattern;

/**
 * Repairs noise that only tables carry before their numbers are read: a decimal point rendered as the Chinese
 * full stop (76。7), spaces inside a number, and marks that stand for an empty cell (—, -, /, and the numeral 一
 * that OCR makes of a dash).
 */
public final class TableNoise {

    private static final Pattern STOP_AS_POINT = Pattern.compile("(\\d)[。．·](\\d)");
    private static final Pattern SPACED_DIGITS = Pattern.compile("(\\d) (?=[\\d.])|(?<=\\.) (?=\\d)");

    private TableNoise() {
    }

    public static String repair(String cell) {
        String s = cell;
        if (s.indexOf('。') >= 0 || s.indexOf('．') >= 0 || s.indexOf('·') >= 0) {
            s = STOP_AS_POINT.matcher(s).replaceAll("$1.$2");
        }
        if (s.indexOf(' ') >= 0) {
            s = SPACED_DIGITS.matcher(s).replaceAll("$1");
        }
        return s;
    }

    /** A cell that says "no value": dashes, a slash, 无, 暂无, and OCR's 一 for a dash. */
    public static boolean isEmptyMark(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return true;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("-—–一/／\\~～…".indexOf(c) < 0) {
                return t.equals("无") || t.equals("暂无") || t.equals("空") || t.equals("/");
            }
        }
        return true;
    }
}
