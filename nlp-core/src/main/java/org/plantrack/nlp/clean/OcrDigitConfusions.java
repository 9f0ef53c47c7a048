package org.plantrack.nlp.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.CjkChars;
import org.plantrack.nlp.text.MappedText;

/**
 * Repairs the characters an OCR pass or a careless typist puts into Arabic numbers, each only where nothing else
 * can be meant:
 * <ul>
 * <li>letters that look like digits inside a number: {@code O o 〇} for 0, {@code l I} for 1 ({@code 2O25年},
 * {@code l2.5亿元}, {@code 2〇25年}, {@code GDP29l7.85}): only in a run of digits and such letters that holds a
 * real digit and either has its letters between digits or touches no other Latin letter, so {@code CO2},
 * {@code PM10}, {@code IO} and {@code Il} stay words; a Chinese numeral
 * ({@code 二〇二五}) has no Arabic digit beside its 〇 and stays;</li>
 * <li>a space between thousands groups ({@code 1 234.5万吨}, {@code 12 860元}): one to three digits, then groups of
 * exactly three, glued to what follows (a unit, a Han character, %), so two table cells {@code 12 345 |} stay apart;</li>
 * <li>a comma read for a decimal point ({@code 5,8%}, {@code 12,35亿元}): a comma before one or two digits that a
 * percent sign, 万, 亿, 倍 or 个百分点 follows (Traditional forms too: this runs before the script is converted), or that fills a table cell on its own
 * ({@code | 2735,1 |}, the unit in the header); a thousands comma is followed by three digits, and a list of numbers
 * in Chinese text is written with 、 or ，.</li>
 * </ul>
 */
public final class OcrDigitConfusions {

    /** Digits and the letters OCR confuses with them; a candidate run is checked by {@link #isNumber}. */
    private static final Pattern LOOKALIKE_RUN = Pattern.compile("[0-9OolI〇]+(?:\\.[0-9OolI〇]+)?");
    /** The same in a document that spaces the digits of its numbers (2 9 O O亿元), which OcrSpacedDigits closes later. */
    private static final Pattern SPACED_LOOKALIKE_RUN = Pattern.compile(
            "(?<![0-9OolI〇.])[0-9OolI〇](?: [0-9OolI〇])+(?![0-9OolI〇])");
    private static final Pattern SPACED_THOUSANDS = Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?(?=[%‰" + CjkChars.HAN_CLASS + "])");
    private static final Pattern DECIMAL_COMMA = Pattern.compile(
            "(?<![\\d,.])\\d{1,4},\\d{1,2}(?= ?(?:[%‰万亿萬億倍]|个百分点|個百分點))"
            + "|(?<=\\|[ \\t]{0,3})\\d{1,6},\\d{1,2}(?=[ \\t]*(?:\\||\\n|$))");

    private OcrDigitConfusions() {
    }

    public static MappedText repair(MappedText in, TextCleaner.Log log) {
        String s = in.text();
        char[] fixed = s.toCharArray();
        boolean[] dropped = new boolean[s.length()];
        int repaired = lookalikes(s, fixed);
        // The other two read the digits the first one restored (1 23O.5万吨); no step changes the text's length.
        String digits = new String(fixed);
        repaired += spacedThousands(digits, dropped) + decimalCommas(digits, fixed);
        if (repaired == 0) {
            return in;
        }
        MappedText.Builder out = in.builder();
        for (int i = 0; i < s.length(); i++) {
            if (!dropped[i]) {
                out.put(fixed[i], i);
            }
        }
        log.note("repaired " + repaired + " number(s) with OCR confusions (O/l/〇 for 0/1, spaced thousands, decimal comma)");
        return out.build();
    }

    private static int lookalikes(String s, char[] fixed) {
        return lookalikes(s, fixed, LOOKALIKE_RUN) + lookalikes(s, fixed, SPACED_LOOKALIKE_RUN);
    }

    private static int lookalikes(String s, char[] fixed, Pattern run) {
        int n = 0;
        Matcher m = run.matcher(s);
        while (m.find()) {
            if (!isNumber(s, m.start(), m.end())) {
                continue;
            }
            boolean changed = false;
            for (int i = m.start(); i < m.end(); i++) {
                char d = digitFor(s.charAt(i));
                if (d != s.charAt(i)) {
                    fixed[i] = d;
                    changed = true;
                }
            }
            if (changed) {
                n++;
            }
        }
        return n;
    }

    /**
     * A run is a number with letters in it when it holds a real digit and a look-alike, and either begins and ends
     * with real digits or is no part of a Latin word
     * or code (no Latin letter or underscore on either side; a date's hyphens are no part of a word), and no Chinese
     * digit stands beside it (二〇 is a Chinese numeral; 万 and 亿 follow Arabic numbers all the time).
     */
    private static boolean isNumber(String s, int start, int end) {
        int digits = 0;
        boolean lookalike = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            digits += isDigit(c) ? 1 : 0;
            lookalike |= c != '.' && c != ' ' && !isDigit(c);
        }
        if (digits == 0 || !lookalike) {
            return false;
        }
        // Look-alikes between real digits (GDP29l7.85, ISO9OO1) are misread digits whatever the number is glued to.
        boolean inside = isDigit(s.charAt(start)) && isDigit(s.charAt(end - 1));
        return inside || !partOfWord(s, start - 1) && !partOfWord(s, end);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean partOfWord(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_')
                || "零一二三四五六七八九".indexOf(c) >= 0;
    }

    private static char digitFor(char c) {
        return switch (c) {
            case 'O', 'o', '〇' -> '0';
            case 'l', 'I' -> '1';
            default -> c;
        };
    }

    private static int spacedThousands(String s, boolean[] dropped) {
        int n = 0;
        Matcher m = SPACED_THOUSANDS.matcher(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (s.charAt(i) == ' ') {
                    dropped[i] = true;
                }
            }
            n++;
        }
        return n;
    }

    private static int decimalCommas(String s, char[] fixed) {
        int n = 0;
        Matcher m = DECIMAL_COMMA.matcher(s);
        while (m.find()) {
            fixed[s.indexOf(',', m.start())] = '.';
            n++;
        }
        return n;
    }
}
