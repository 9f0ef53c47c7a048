package org.plantrack.nlp.number;

import java.math.BigDecimal;

/** The myriad multipliers written after a numeral (万, 亿, 万亿) and their regional spellings (萬, 億, 兆). */
public final class Multipliers {

    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);
    private static final BigDecimal WAN_YI = BigDecimal.TEN.pow(12);

    private Multipliers() {
    }

    /** True for 万, 亿 and their traditional forms, and for 兆 (10^12 in Taiwan and Hong Kong usage). */
    public static boolean isMultiplier(char c) {
        return c == '万' || c == '亿' || c == '萬' || c == '億' || c == '兆';
    }

    /** The simplified spelling of a multiplier character: 萬 → 万, 億 → 亿, 兆 → 万亿. */
    public static String normalize(char c) {
        return switch (c) {
            case '万', '萬' -> "万";
            case '亿', '億' -> "亿";
            case '兆' -> "万亿";
            default -> throw new IllegalArgumentException("not a multiplier: " + c);
        };
    }

    /** 1 for "", 10^4 for 万, 10^8 for 亿, 10^12 for 万亿 (and 10^8 per 亿 after any 万 stack). */
    public static BigDecimal factor(String multiplier) {
        return switch (multiplier) {
            case "" -> BigDecimal.ONE;
            case "万" -> WAN;
            case "亿" -> YI;
            case "万亿" -> WAN_YI;
            default -> {
                BigDecimal f = BigDecimal.ONE;
                for (int i = 0; i < multiplier.length(); i++) {
                    f = f.multiply(multiplier.charAt(i) == '亿' ? YI : WAN);
                }
                yield f;
            }
        };
    }
}
