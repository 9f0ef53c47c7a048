package org.plantrack.nlp.clean;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.plantrack.nlp.text.CjkChars;

/**
 * Restores a Chinese character whose last UTF-8 byte a wrong decoding dropped. Its first two bytes fix all but the
 * last six bits: 64 candidates, one block of code points. The candidate taken, in this order:
 * <ol>
 * <li>the one that forms a word of HanLP's core dictionary with the one to three characters before it (达 + 到, 生产总 + 值,
 * 增 + 长, Traditional looked up as Simplified: 發 + 展), or, when several do, the one whose word is at least {@value #DOMINANCE} times as frequent as any other's;</li>
 * <li>after a digit, the only candidate that is a unit or measure word (2021年, 9月, 26日): the byte is lost
 * because an ASCII character follows, and a number is the commonest ASCII run in Chinese text.</li>
 * </ol>
 * When neither decides, nothing is guessed: the commonest character of the block on its own was tried and won
 * little (0.6 points of indicators unchanged) for guesses no context supports.
 */
final class CutCharacter {

    /** How much more frequent the chosen candidate must be than the next one. */
    static final int DOMINANCE = 4;
    /** Units and measure words that follow a number. */
    private static final String AFTER_NUMBER = "年月日号万亿千百元个项家所座次名人位件台辆户套亩吨米岁倍批条处只张";

    private CutCharacter() {
    }

    /** The character, or U+FFFD when the bytes left do not decide it. */
    static char guess(int lead, int second, CharSequence before) {
        int base = (lead & 0x0F) << 12 | (second & 0x3F) << 6;
        for (int context = Math.min(3, before.length()); context >= 1; context--) {
            String prefix = before.subSequence(before.length() - context, before.length()).toString();
            if (!CjkChars.allHan(prefix)) {
                continue;
            }
            char word = mostFrequent(base, prefix);
            if (word != NONE) {
                return word == AMBIGUOUS ? '\uFFFD' : word;
            }
        }
        if (before.length() > 0 && Character.isDigit(before.charAt(before.length() - 1))) {
            char unit = onlyUnit(base);
            if (unit != '\uFFFD') {
                return unit;
            }
        }
        return '\uFFFD';
    }

    private static final char NONE = '\u0000';
    private static final char AMBIGUOUS = '\uFFFD';

    /**
     * The candidate whose word with {@code prefix} is in the core dictionary and dominates the others by frequency;
     * NONE when no candidate forms a word, AMBIGUOUS when several do and none dominates.
     */
    private static char mostFrequent(int base, String prefix) {
        char best = NONE;
        int bestFrequency = 0, second = 0;
        for (int k = 0; k < 64; k++) {
            char c = (char) (base | k);
            String word = simplified(prefix + c);
            if (!Character.isIdeographic(c) || !CoreDictionary.contains(word)) {
                continue;
            }
            int f = Math.max(1, CoreDictionary.getTermFrequency(word));
            if (f > bestFrequency) {
                second = bestFrequency;
                bestFrequency = f;
                best = c;
            } else {
                second = Math.max(second, f);
            }
        }
        if (best == NONE) {
            return NONE;
        }
        return second == 0 || bestFrequency >= DOMINANCE * second ? best : AMBIGUOUS;
    }

    /** The dictionary is in Simplified; a Traditional text's words are looked up converted (發展 as 发展). */
    private static String simplified(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = ScriptConverter.simplified(out[i]);
        }
        return new String(out);
    }

    private static char onlyUnit(int base) {
        char found = '\uFFFD';
        for (int k = 0; k < 64; k++) {
            char c = (char) (base | k);
            if (AFTER_NUMBER.indexOf(simplified(String.valueOf(c))) >= 0) {
                if (found != '\uFFFD') {
                    return '\uFFFD';
                }
                found = c;
            }
        }
        return found;
    }
}
