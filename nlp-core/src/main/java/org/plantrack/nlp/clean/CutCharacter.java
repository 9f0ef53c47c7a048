package org.plantrack.nlp.clean;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.plantrack.nlp.text.CjkChars;

/**
 * Restores a Chinese character whose last UTF-8 byte a wrong decoding dropped. Its first two bytes fix all but the
 * last six bits: 64 candidates, one block of code points. The candidate taken is the only one that forms a word of
 * HanLP's core dictionary with the one or two characters before it (达 + 到, 增 + 长); when none does, or more than one
 * at the longest length, nothing is guessed.
 */
final class CutCharacter {

    private CutCharacter() {
    }

    /** The character, or U+FFFD when the bytes left do not decide it. */
    static char guess(int lead, int second, CharSequence before) {
        int base = (lead & 0x0F) << 12 | (second & 0x3F) << 6;
        for (int context = Math.min(2, before.length()); context >= 1; context--) {
            String prefix = before.subSequence(before.length() - context, before.length()).toString();
            if (!CjkChars.allHan(prefix)) {
                continue;
            }
            char found = '\uFFFD';
            int hits = 0;
            for (int k = 0; k < 64; k++) {
                char c = (char) (base | k);
                if (Character.isIdeographic(c) && CoreDictionary.contains(prefix + c)) {
                    found = c;
                    hits++;
                }
            }
            if (hits == 1) {
                return found;
            }
            if (hits > 1) {
                return '\uFFFD';
            }
        }
        return '\uFFFD';
    }
}
