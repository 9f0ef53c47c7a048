package org.plantrack.nlp.robustness;

import com.hankcs.hanlp.HanLP;

/** Perturbations of single characters: script, width, OCR spacing. */
final class CharacterNoise {

    /** ASCII characters a full-width typesetter replaces (the pipe of table rows and spaces are left alone). */
    private static final String WIDENED = "%.+-/:(),;!?";

    private CharacterNoise() {
    }

    static String traditional(String s) {
        return HanLP.convertToTraditionalChinese(s);
    }

    /** Taiwan's standard: its variants and its words (软件 → 軟體, 信息 → 資訊). */
    static String taiwan(String s) {
        return HanLP.s2tw(s);
    }

    /** Hong Kong's standard variants (为 → 為, 着 → 着 rather than 著). */
    static String hongKong(String s) {
        return HanLP.s2hk(s);
    }

    /** Digits, Latin letters and the common ASCII punctuation to their full-width forms (２０２５年，５．２％). */
    static String fullWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean widen = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || WIDENED.indexOf(c) >= 0;
            out.append(widen ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    /** A space after every digit of a number that goes on, as an OCR pass leaves them (2 0 2 5年, 1 2 .3 5亿元). */
    static String spacedDigits(String s) {
        StringBuilder out = new StringBuilder(s.length() + s.length() / 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c);
            if (isDigit(c) && i + 1 < s.length() && (isDigit(s.charAt(i + 1))
                    || s.charAt(i + 1) == '.' && i + 2 < s.length() && isDigit(s.charAt(i + 2)))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
