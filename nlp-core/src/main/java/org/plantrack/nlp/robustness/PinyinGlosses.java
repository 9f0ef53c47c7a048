package org.plantrack.nlp.robustness;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;
import org.plantrack.nlp.text.CjkChars;

/**
 * Inserts a pinyin gloss with tone marks after every {@value #EVERY}th Han character (网(wǎng)), half of them in
 * full-width brackets, as pages made for learners or scraped from them print them.
 */
final class PinyinGlosses {

    static final int EVERY = 9;

    private PinyinGlosses() {
    }

    static String insert(String s) {
        StringBuilder out = new StringBuilder(s.length() + s.length() / 2);
        int han = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c);
            if (!CjkChars.isHan(c) || ++han % EVERY != 0) {
                continue;
            }
            String py = toneMarked(c);
            if (py == null || i + 1 < s.length() && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '（')) {
                continue;
            }
            boolean fullWidth = (han / EVERY) % 2 == 0;
            out.append(fullWidth ? '（' : '(').append(py).append(fullWidth ? '）' : ')');
        }
        return out.toString();
    }

    private static String toneMarked(char c) {
        List<Pinyin> list = HanLP.convertToPinyinList(String.valueOf(c));
        if (list.isEmpty() || list.get(0) == Pinyin.none5) {
            return null;
        }
        return list.get(0).getPinyinWithToneMark();
    }
}
