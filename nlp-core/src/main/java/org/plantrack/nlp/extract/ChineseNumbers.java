package org.plantrack.nlp.extract;

import java.math.BigDecimal;

/** Chinese numerals to values: 三 → 3, 二十五 → 25, 一千二百 → 1200, 两 → 2, 八成 → 8 (unit 成). */
public final class ChineseNumbers {

    private ChineseNumbers() {
    }

    /** Tested for every character of every sentence, hence a table rather than the two switches below. */
    private static final boolean[] NUMERAL = new boolean[0x10000];

    static {
        for (int c = 0; c < NUMERAL.length; c++) {
            NUMERAL[c] = digit((char) c) >= 0 || unit((char) c) > 0;
        }
    }

    public static boolean isNumeralChar(char c) {
        return NUMERAL[c];
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    static long unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }

    /** Parses a numeral string without 万/亿 (those are kept in the unit); null if malformed. */
    public static BigDecimal parseSmall(String s) {
        if (s.isEmpty()) {
            return null;
        }
        // Digit-by-digit form (二〇三五): only meaningful for years, which callers exclude.
        boolean allDigits = true;
        for (int i = 0; i < s.length(); i++) {
            if (digit(s.charAt(i)) < 0) {
                allDigits = false;
                break;
            }
        }
        if (allDigits) {
            if (s.length() == 1) {
                return BigDecimal.valueOf(digit(s.charAt(0)));
            }
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return BigDecimal.valueOf(v);
        }
        long total = 0, cur = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                cur = d;
                continue;
            }
            long u = unit(c);
            if (u == 0 || u >= 10_000) {
                return null;
            }
            total += (cur < 0 ? 1 : cur) * u;
            cur = -1;
        }
        if (cur > 0) {
            total += cur;
        }
        return BigDecimal.valueOf(total);
    }
}
