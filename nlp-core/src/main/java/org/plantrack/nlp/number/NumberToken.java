package org.plantrack.nlp.number;

import java.math.BigDecimal;

/**
 * One number found in a text.
 *
 * @param start      first character (a minus sign or 百分之 included; a 近 prefix not)
 * @param end        index after the number and its multiplier (and a 多/余 inside or right after it)
 * @param value      the value in the unit as written: the numeral's last 万/亿 stays in {@code multiplier}
 *                   (二亿零四百万 is 20400 with multiplier 万, 1.2万亿 is 1.2 with 万亿)
 * @param multiplier "", 万, 亿 or 万亿 (Taiwan/Hong Kong 萬, 億 and 兆 are given in these terms)
 * @param form       percent, per mille and fraction forms carry their own unit
 * @param chinese    written with Chinese numerals, which callers trust less before counters (一个, 两家)
 * @param qualifier  null, ">=" (多/余) or "~" (近 right before the number)
 * @param range      NONE, or LOW/HIGH for the two ends of 3至5, 3-5, 三至五
 */
public record NumberToken(int start, int end, BigDecimal value, String multiplier, NumberForm form, boolean chinese,
        String qualifier, RangeEnd range) {

    /** Which end of a range a token is. */
    public enum RangeEnd { NONE, LOW, HIGH }

    NumberToken withRange(RangeEnd r) {
        return new NumberToken(start, end, value, multiplier, form, chinese, qualifier, r);
    }

    NumberToken withQualifier(String q) {
        return new NumberToken(start, end, value, multiplier, form, chinese, q, range);
    }

    /** The value times its multiplier (二亿零四百万 → 204000000), for comparisons across notations. */
    public BigDecimal absolute() {
        return value.multiply(Multipliers.factor(multiplier));
    }
}
