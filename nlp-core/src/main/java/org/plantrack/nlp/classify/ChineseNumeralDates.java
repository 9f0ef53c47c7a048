package org.plantrack.nlp.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in Chinese numerals, as formal documents print them (二〇二一年一月二十五日, 二〇二二年三月), rewritten
 * in Arabic digits (2021年1月25日) so that one date grammar reads both. Only a year with a month is a date: a bare
 * 二〇三五年 is a target year (二〇三五年远景目标) and stays as it is.
 */
final class ChineseNumeralDates {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern DATE = Pattern.compile(
            "([〇○零一二三四五六七八九]{4})\\s*年\\s*(十[一二]?|[一二三四五六七八九])\\s*月"
            + "(?:\\s*([二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*日)?");

    private ChineseNumeralDates() {
    }

    static String toArabic(String s) {
        if (s == null || s.indexOf('年') < 0) {
            return s;
        }
        Matcher m = DATE.matcher(s);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String year = year(m.group(1));
            if (year == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, last, m.start()).append(year).append('年').append(number(m.group(2))).append('月');
            if (m.group(3) != null) {
                out.append(number(m.group(3))).append('日');
            }
            last = m.end();
        }
        return out == null ? s : out.append(s, last, s.length()).toString();
    }

    /** 二〇二一 → 2021, digit by digit; null unless it reads as a year of 1900–2099. */
    private static String year(String chinese) {
        StringBuilder y = new StringBuilder(4);
        for (int i = 0; i < chinese.length(); i++) {
            char c = chinese.charAt(i);
            y.append(c == '○' || c == '零' ? 0 : DIGITS.indexOf(c));
        }
        return y.charAt(0) == '1' && y.charAt(1) == '9' || y.charAt(0) == '2' && y.charAt(1) == '0' ? y.toString() : null;
    }

    /** 一 … 九, 十, 十二, 二十, 二十五, 三十一 → their value. */
    private static int number(String chinese) {
        int ten = chinese.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(chinese.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(chinese.charAt(0));
        int units = ten == chinese.length() - 1 ? 0 : DIGITS.indexOf(chinese.charAt(ten + 1));
        return tens * 10 + units;
    }
}
