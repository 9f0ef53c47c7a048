package org.plantrack.nlp.number;

import java.math.BigDecimal;

/**
 * Chinese numerals to values, with the myriad units inside the numeral: 二十五 → 25, 一千零五 → 1005,
 * 二亿零四百万 → 204000000, 一点五万 → 15000, 二〇三五 → 2035 (digit by digit), 三万亿 → 3×10^12.
 */
public final class ChineseNumeral {

    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);

    /** Tested for every character of every sentence, hence a table rather than the switches below. */
    private static final boolean[] NUMERAL = new boolean[0x10000];

    static {
        for (int c = 0; c < NUMERAL.length; c++) {
            NUMERAL[c] = digit((char) c) >= 0 || smallUnit((char) c) > 0 || Multipliers.isMultiplier((char) c);
        }
    }

    private ChineseNumeral() {
    }

    /** A digit (零〇一二两…九, 壹贰…玖 as on cheques), a place unit (十百千, 拾佰仟) or a multiplier (万亿萬億兆). */
    public static boolean isNumeralChar(char c) {
        return NUMERAL[c];
    }

    /** The digit a character writes, or -1. */
    public static int digit(char c) {
        return switch (c) {
            case '零', '〇', '○' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰', '兩' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** 10, 100, 1000 for 十百千 (and 拾佰仟), else 0. */
    public static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /**
     * The decimal point of a Chinese numeral: 点, and 點 as Traditional text writes it, which stays when a mostly
     * Simplified text is not converted (百分之六點五).
     */
    public static boolean isPoint(char c) {
        return c == '点' || c == '點';
    }

    /**
     * The value of a numeral made of digits, place units, multipliers and an optional 点 followed by digits;
     * null when {@code s} holds anything else or no digit or unit at all.
     */
    public static BigDecimal parse(String s) {
        BigDecimal yi = BigDecimal.ZERO;   // everything before the last 亿
        BigDecimal wan = BigDecimal.ZERO;  // the 万 section since then
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;         // digits not yet placed
        boolean lastWasDigit = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                // 二〇三五, 一九九五, 二〇〇〇万: digits in a row are positional; 零 before a digit is a placeholder.
                pending = lastWasDigit ? pending.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d)) : BigDecimal.valueOf(d);
                lastWasDigit = true;
                any = true;
                continue;
            }
            lastWasDigit = false;
            if (isPoint(c)) {
                int f = i + 1;
                StringBuilder frac = new StringBuilder();
                while (f < s.length() && digit(s.charAt(f)) >= 0) {
                    frac.append(digit(s.charAt(f)));
                    f++;
                }
                if (frac.length() == 0 || !any) {
                    return null;
                }
                // 二点四, and 四千九百一十点四: after a place unit the fraction belongs to the whole section.
                BigDecimal whole = pending == null ? BigDecimal.ZERO : pending;
                pending = new BigDecimal(whole.toPlainString() + "." + frac);
                i = f - 1;
                continue;
            }
            int u = smallUnit(c);
            if (u > 0) {
                section = section.add((pending == null ? BigDecimal.ONE : pending).multiply(BigDecimal.valueOf(u)));
                pending = null;
                any = true;
                continue;
            }
            if (!Multipliers.isMultiplier(c)) {
                return null;
            }
            any = true;
            BigDecimal here = section.add(pending == null ? BigDecimal.ZERO : pending);
            String norm = Multipliers.normalize(c);
            if (norm.equals("万")) {
                wan = wan.add(here.signum() == 0 ? BigDecimal.ONE : here);
            } else {
                // 亿 (and 兆 = 万亿) closes everything before it: 三万亿 = 3×10^4 亿.
                BigDecimal below = wan.multiply(WAN).add(here);
                if (below.signum() == 0) {
                    below = yi.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
                }
                BigDecimal f = norm.equals("亿") ? YI : YI.multiply(WAN);
                yi = yi.multiply(f).add(below.multiply(f));
                wan = BigDecimal.ZERO;
            }
            section = BigDecimal.ZERO;
            pending = null;
        }
        if (!any) {
            return null;
        }
        BigDecimal total = yi.add(wan.multiply(WAN)).add(section).add(pending == null ? BigDecimal.ZERO : pending);
        return Numbers.tidy(total);
    }
}
