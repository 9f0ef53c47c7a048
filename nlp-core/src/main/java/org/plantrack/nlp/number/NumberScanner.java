package org.plantrack.nlp.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every number in a text, whatever its notation: Arabic (ASCII or full-width, 1,200, 3.5, -1.2), digits an
 * OCR pass spaced apart (1 0 8 0万), Chinese numerals with their multipliers (二亿零四百万, 一点五万, 三十多万),
 * 百分之X点Y, 千分之X, fractions (三分之一, 一半), Taiwan/Hong Kong forms (兆, 萬, 億, 1,200萬), the qualifiers
 * 多/余 (at least) and a leading 近 (about), and ranges (3至5, 3-5, 3～5, 三至五).
 *
 * <p>It reads notation only: whether a number is a year, a list marker or part of a name is the caller's question.
 */
public final class NumberScanner {

    /** Characters that join the two ends of a range. */
    public static final String RANGE_SEPARATORS = "至到-~～—－";

    private NumberScanner() {
    }

    /** All numbers of {@code s}, left to right, with the two ends of each range marked. */
    public static List<NumberToken> scan(String s) {
        List<NumberToken> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!startsNumber(s, i)) {
                i++;
                continue;
            }
            NumberToken t = readAt(s, i);
            if (t == null) {
                i = skipRun(s, i);
                continue;
            }
            out.add(t);
            i = Math.max(t.end(), i + 1);
        }
        markRanges(s, out);
        return out;
    }

    /** True where a number may begin: a digit or numeral not continuing another, 百分之/千分之, or a minus sign. */
    private static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        if (Numbers.arabicDigit(c) >= 0) {
            return Numbers.arabicDigit(prev) < 0 && prev != '.' && prev != '．';
        }
        if (isMinus(c)) {
            return i + 1 < s.length() && Numbers.arabicDigit(s.charAt(i + 1)) >= 0 && mayBeSign(prev);
        }
        if (ChineseNumeral.isNumeralChar(c)) {
            return !ChineseNumeral.isNumeralChar(prev) || s.startsWith("百分之", i) || s.startsWith("千分之", i);
        }
        return false;
    }

    /** A minus is a sign after words, brackets or a colon (同比增长-1.2%), not between numbers or units (3-5, 5%-6%). */
    private static boolean mayBeSign(char prev) {
        return !(Numbers.arabicDigit(prev) >= 0 || ChineseNumeral.isNumeralChar(prev) || prev == '%' || prev == '‰'
                || prev >= 'A' && prev <= 'Z' || prev >= 'a' && prev <= 'z' || prev == '.');
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '－' || c == '−';
    }

    private static int skipRun(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Numbers.arabicDigit(s.charAt(j)) >= 0 || ChineseNumeral.isNumeralChar(s.charAt(j)))) {
            j++;
        }
        return j;
    }

    /** The number starting at {@code i}, or null when none does. */
    public static NumberToken readAt(String s, int i) {
        if (s.startsWith("百分之", i) || s.startsWith("千分之", i)) {
            return perCent(s, i);
        }
        char c = s.charAt(i);
        if (isMinus(c) || Numbers.arabicDigit(c) >= 0) {
            return arabic(s, i);
        }
        return chinese(s, i);
    }

    // ------------------------------------------------------------------ Arabic

    private static NumberToken arabic(String s, int i) {
        int n = s.length();
        boolean negative = isMinus(s.charAt(i));
        int k = negative ? i + 1 : i;
        StringBuilder digits = new StringBuilder();
        int j = spacedDigits(s, k, digits);
        if (j < 0) {
            j = k;
            while (j < n && Numbers.arabicDigit(s.charAt(j)) >= 0) {
                digits.append(Numbers.arabicDigit(s.charAt(j)));
                j++;
            }
            // Thousands separators: a comma followed by exactly three digits (1,200萬, 12,345.6).
            while (j + 3 < n && s.charAt(j) == ',' && isDigitAt(s, j + 1) && isDigitAt(s, j + 2) && isDigitAt(s, j + 3)
                    && !isDigitAt(s, j + 4)) {
                for (int d = j + 1; d <= j + 3; d++) {
                    digits.append(Numbers.arabicDigit(s.charAt(d)));
                }
                j += 4;
            }
            if (j + 1 < n && (s.charAt(j) == '.' || s.charAt(j) == '．') && isDigitAt(s, j + 1)) {
                digits.append('.');
                j++;
                while (j < n && Numbers.arabicDigit(s.charAt(j)) >= 0) {
                    digits.append(Numbers.arabicDigit(s.charAt(j)));
                    j++;
                }
            }
        }
        if (digits.isEmpty()) {
            return null;
        }
        // 4 %: a space before a percent sign (OCR, English typesetting) belongs to the number, so the unit follows.
        if (j + 1 < n && s.charAt(j) == ' ' && "%％‰".indexOf(s.charAt(j + 1)) >= 0) {
            j++;
        }
        BigDecimal value = new BigDecimal(digits.toString());
        if (negative) {
            value = value.negate();
        }
        return withMultiplier(s, i, j, value, false);
    }

    private static boolean isDigitAt(String s, int i) {
        return i < s.length() && Numbers.arabicDigit(s.charAt(i)) >= 0;
    }

    /**
     * Digits an OCR pass set apart one by one (1 0 8 0万, 2 6 %): single digits with single spaces between, at
     * least three of them ending right before a non-space, or two before a percent sign; returns the end or -1.
     */
    private static int spacedDigits(String s, int i, StringBuilder digits) {
        int n = s.length();
        int j = i;
        int count = 0;
        StringBuilder d = new StringBuilder();
        while (j < n && isDigitAt(s, j) && !isDigitAt(s, j + 1)) {
            d.append(Numbers.arabicDigit(s.charAt(j)));
            count++;
            j++;
            if (j + 1 < n && s.charAt(j) == ' ' && isDigitAt(s, j + 1)) {
                j++;
            } else {
                break;
            }
        }
        if (count < 2 || j < n && isDigitAt(s, j)) {
            return -1;
        }
        boolean percentAfter = j + 1 < n && s.charAt(j) == ' ' && (s.charAt(j + 1) == '%' || s.charAt(j + 1) == '％')
                || j < n && (s.charAt(j) == '%' || s.charAt(j) == '％');
        boolean glued = j < n && s.charAt(j) != ' ';
        if (!(count >= 3 && glued || percentAfter)) {
            return -1;
        }
        digits.append(d);
        // The OCR space before the percent sign belongs to the number, so the unit follows its end.
        return percentAfter && s.charAt(j) == ' ' ? j + 1 : j;
    }

    // ------------------------------------------------------------------ Chinese

    private static NumberToken chinese(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && (ChineseNumeral.isNumeralChar(s.charAt(j)) && !Multipliers.isMultiplier(s.charAt(j))
                || ChineseNumeral.isPoint(s.charAt(j)) && j > i && j + 1 < n && ChineseNumeral.digit(s.charAt(j + 1)) >= 0)) {
            j++;
        }
        if (j == i) {
            // 万亿元, 近万名: a multiplier alone is one of it; callers decide whether a quantity is meant.
            return withMultiplier(s, i, i, BigDecimal.ONE, true);
        }
        String core = s.substring(i, j);
        if (s.startsWith("分之", j)) {
            return fraction(s, i, core, j + 2);
        }
        if (core.equals("一") && j < n && s.charAt(j) == '半') {
            return new NumberToken(i, j + 1, new BigDecimal("0.5"), "", NumberForm.FRACTION, true, null,
                    NumberToken.RangeEnd.NONE);
        }
        // The multipliers of a Chinese numeral may sit inside it (二亿零四百万): take them with what follows.
        while (j < n && (ChineseNumeral.isNumeralChar(s.charAt(j)) && (!Multipliers.isMultiplier(s.charAt(j))
                || Multipliers.isMultiplierAt(s, j)) && !unitAfterMyriad(s, j)
                || ChineseNumeral.isPoint(s.charAt(j)) && j + 1 < n && ChineseNumeral.digit(s.charAt(j + 1)) >= 0)) {
            j++;
        }
        int p = j;
        while (p > i && Multipliers.isMultiplier(s.charAt(p - 1))) {
            p--;
        }
        BigDecimal value = ChineseNumeral.parse(s.substring(i, p));
        if (value == null) {
            return null;
        }
        // The trailing multipliers (and a 多/余 before them: 三十多万) are read like an Arabic number's.
        return withMultiplier(s, i, p, value, true);
    }

    /**
     * A place unit right after 万/亿 starts a unit of measure (六千零五十亿千瓦时, 十万千米), since inside a numeral a
     * digit comes before each place unit (三万五千).
     */
    private static boolean unitAfterMyriad(String s, int j) {
        return ChineseNumeral.smallUnit(s.charAt(j)) > 0 && j > 0 && Multipliers.isMultiplier(s.charAt(j - 1));
    }

    private static NumberToken fraction(String s, int i, String denominatorText, int k) {
        int j = k;
        while (j < s.length() && (ChineseNumeral.digit(s.charAt(j)) >= 0 || ChineseNumeral.smallUnit(s.charAt(j)) > 0
                || ChineseNumeral.isPoint(s.charAt(j)) && j + 1 < s.length() && ChineseNumeral.digit(s.charAt(j + 1)) >= 0)) {
            j++;
        }
        BigDecimal denominator = ChineseNumeral.parse(denominatorText);
        BigDecimal numerator = j > k ? ChineseNumeral.parse(s.substring(k, j)) : null;
        if (denominator == null || numerator == null || denominator.signum() == 0) {
            return null;
        }
        BigDecimal ratio = Numbers.tidy(numerator.divide(denominator, 4, RoundingMode.HALF_UP));
        return new NumberToken(i, j, ratio, "", NumberForm.FRACTION, true, null, NumberToken.RangeEnd.NONE);
    }

    /** 百分之六点五 → 6.5 percent; 百分之5.5 → 5.5 percent; 千分之三 → 3 per mille. */
    private static NumberToken perCent(String s, int i) {
        NumberForm form = s.charAt(i) == '百' ? NumberForm.PERCENT : NumberForm.PERMILLE;
        int k = i + 3;
        if (k >= s.length()) {
            return null;
        }
        NumberToken inner = Numbers.arabicDigit(s.charAt(k)) >= 0 ? arabic(s, k) : chineseWithoutMultiplier(s, k);
        if (inner == null || !inner.multiplier().isEmpty()) {
            return null;
        }
        return new NumberToken(i, inner.end(), inner.value(), "", form, inner.chinese(), inner.qualifier(),
                NumberToken.RangeEnd.NONE);
    }

    private static NumberToken chineseWithoutMultiplier(String s, int k) {
        int j = k;
        while (j < s.length() && (ChineseNumeral.digit(s.charAt(j)) >= 0 || ChineseNumeral.smallUnit(s.charAt(j)) > 0
                || ChineseNumeral.isPoint(s.charAt(j)) && j > k && j + 1 < s.length() && ChineseNumeral.digit(s.charAt(j + 1)) >= 0)) {
            j++;
        }
        BigDecimal v = j > k ? ChineseNumeral.parse(s.substring(k, j)) : null;
        return v == null ? null : new NumberToken(k, j, v, "", NumberForm.PLAIN, true, null, NumberToken.RangeEnd.NONE);
    }

    // ------------------------------------------------------------------ shared tail

    /**
     * Reads an optional 多/余, then up to two multiplier characters (万, 亿, 萬, 億, 兆) after a number that ends at
     * {@code j}; a 多/余 right after the multiplier counts as well (十万余). A multiplier inside a Chinese numeral's
     * value (二亿零四百万 read as 2.04亿 + 四百万) was already folded in by the caller.
     */
    private static NumberToken withMultiplier(String s, int start, int j, BigDecimal whole, boolean chinese) {
        int n = s.length();
        int k = j;
        String qualifier = null;
        if (k + 1 < n && (s.charAt(k) == '多' || s.charAt(k) == '余') && Multipliers.isMultiplierAt(s, k + 1)) {
            qualifier = ">=";
            k++;
        }
        StringBuilder mult = new StringBuilder();
        int m = k;
        while (m < n && Multipliers.isMultiplierAt(s, m) && mult.length() < 2) {
            mult.append(Multipliers.normalize(s.charAt(m)));
            m++;
        }
        if (mult.isEmpty()) {
            if (qualifier != null) {
                return null;
            }
            k = j;
        } else {
            k = m;
        }
        if (k < n && (s.charAt(k) == '多' || s.charAt(k) == '余') && qualifier == null) {
            qualifier = ">=";
            k++;
        }
        String multiplier = mult.length() > 2 ? mult.substring(mult.length() - 2) : mult.toString();
        BigDecimal value = whole;
        if (chinese && j > start && !multiplier.isEmpty()) {
            // Read the numeral whole, so a multiplier inside it counts (二亿零四百万 = 20400万, not 2亿 + 400万).
            BigDecimal absolute = ChineseNumeral.parse(s.substring(start, j) + multiplier);
            if (absolute == null) {
                return null;
            }
            value = absolute.divide(Multipliers.factor(multiplier));
        }
        if (qualifier == null && start > 0 && s.charAt(start - 1) == '近') {
            qualifier = "~";
        }
        return new NumberToken(start, k, Numbers.tidy(value), multiplier, NumberForm.PLAIN, chinese, qualifier,
                NumberToken.RangeEnd.NONE);
    }

    // ------------------------------------------------------------------ ranges

    /**
     * 3至5, 3-5万, 三至五: the low end borrows the high end's multiplier when it has none (3-5万 = 3万-5万); the high
     * end of 百分之二点五至三点五 is a percentage too, as 百分之 is said once for both ends.
     */
    private static void markRanges(String s, List<NumberToken> out) {
        for (int k = 0; k + 1 < out.size(); k++) {
            NumberToken lo = out.get(k), hi = out.get(k + 1);
            if ((lo.form() == NumberForm.PERCENT || lo.form() == NumberForm.PERMILLE) && hi.form() == NumberForm.PLAIN
                    && hi.chinese() && lo.chinese() && hi.multiplier().isEmpty() && hi.start() == lo.end() + 1
                    && RANGE_SEPARATORS.indexOf(s.charAt(lo.end())) >= 0) {
                hi = new NumberToken(hi.start(), hi.end(), hi.value(), "", lo.form(), true, hi.qualifier(), hi.range());
            }
            if (hi.start() != lo.end() + 1 || RANGE_SEPARATORS.indexOf(s.charAt(lo.end())) < 0
                    || lo.chinese() != hi.chinese() || lo.form() != hi.form() || lo.range() != NumberToken.RangeEnd.NONE) {
                continue;
            }
            NumberToken low = lo;
            if (lo.multiplier().isEmpty() && !hi.multiplier().isEmpty()) {
                low = new NumberToken(lo.start(), lo.end(), lo.value(), hi.multiplier(), lo.form(), lo.chinese(),
                        lo.qualifier(), NumberToken.RangeEnd.NONE);
            }
            out.set(k, low.withRange(NumberToken.RangeEnd.LOW));
            out.set(k + 1, hi.withRange(NumberToken.RangeEnd.HIGH));
            k++;
        }
    }
}
