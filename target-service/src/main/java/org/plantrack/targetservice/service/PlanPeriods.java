package org.plantrack.targetservice.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Five-year plan periods: 十四五 is 2021–2025, 十五五 is 2026–2030. Since the sixth plan (1981–1985) the periods are
 * contiguous, which gives the arithmetic below.
 */
public final class PlanPeriods {

    public static final String UNKNOWN = "未定";

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern PERIOD = Pattern.compile("(十?[一二三四五六七八九]|十)五");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** "“十四五”规划" -> "十四五"; null when the text names no period. */
    public static String normalise(String period) {
        if (period == null) {
            return null;
        }
        Matcher m = PERIOD.matcher(period);
        return m.find() ? m.group() : null;
    }

    public static Integer number(String period) {
        String p = normalise(period);
        if (p == null) {
            return null;
        }
        String n = p.substring(0, p.length() - 1);
        if (n.equals("十")) {
            return 10;
        }
        if (n.startsWith("十")) {
            return 10 + DIGITS.indexOf(n.charAt(1));
        }
        return DIGITS.indexOf(n.charAt(0));
    }

    public static Integer startYear(String period) {
        Integer n = number(period);
        return n == null || n < 6 ? null : 1981 + 5 * (n - 6);
    }

    public static Integer endYear(String period) {
        Integer start = startYear(period);
        return start == null ? null : start + 4;
    }

    /** The period a year falls in (2025 -> 十四五), null before 1981. */
    public static String ofYear(Integer year) {
        if (year == null || year < 1981) {
            return null;
        }
        int n = (year - 1981) / 5 + 6;
        String name = n < 10 ? String.valueOf(DIGITS.charAt(n))
                : n == 10 ? "十" : "十" + DIGITS.charAt(n - 10);
        return name + "五";
    }

    /** The first four-digit year in a date like 2021-02-03 or 2021年. */
    public static Integer yearOf(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.parseInt(m.group()) : null;
    }

    private PlanPeriods() {
    }
}
