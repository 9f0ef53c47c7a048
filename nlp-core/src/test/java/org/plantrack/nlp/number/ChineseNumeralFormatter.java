package org.plantrack.nlp.number;

import java.util.Random;

/** Writes integers as Chinese numerals the way documents do, to generate parse-back cases. */
final class ChineseNumeralFormatter {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] PLACES = {"千", "百", "十", ""};

    private ChineseNumeralFormatter() {
    }

    /** 20400 → 二万零四百, 200040000 → 二亿零四万, 10 → 十, 3×10^12 → 三万亿. */
    static String format(long n) {
        if (n == 0) {
            return "零";
        }
        String s = group(n);
        return s.startsWith("一十") ? s.substring(1) : s;
    }

    private static String group(long n) {
        long yi = n / 100_000_000L;
        long wan = n / 10_000 % 10_000;
        long low = n % 10_000;
        StringBuilder out = new StringBuilder();
        if (yi > 0) {
            out.append(group(yi)).append('亿');
        }
        if (wan > 0) {
            if (yi > 0 && wan < 1000) {
                out.append('零');
            }
            out.append(section(wan)).append('万');
        }
        if (low > 0) {
            if ((yi > 0 || wan > 0) && (low < 1000 || wan == 0) && out.charAt(out.length() - 1) != '零') {
                out.append('零');
            }
            out.append(section(low));
        }
        return out.toString();
    }

    /** 0 < x < 10000 with inner zeros compressed: 1005 → 一千零五, 1050 → 一千零五十. */
    private static String section(long x) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        long place = 1000;
        for (String unit : PLACES) {
            int d = (int) (x / place % 10);
            if (d == 0) {
                zero = out.length() > 0;
            } else {
                if (zero) {
                    out.append('零');
                    zero = false;
                }
                out.append(DIGITS.charAt(d)).append(unit);
            }
            place /= 10;
        }
        return out.toString();
    }

    /** A fraction's digits read one by one: 0.25 → 二五. */
    static String digitByDigit(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    /** A random value whose size is spread evenly over orders of magnitude up to 10^13. */
    static long randomValue(Random r) {
        int digits = 1 + r.nextInt(13);
        long bound = (long) Math.pow(10, digits);
        return Math.floorMod(r.nextLong(), bound);
    }
}
