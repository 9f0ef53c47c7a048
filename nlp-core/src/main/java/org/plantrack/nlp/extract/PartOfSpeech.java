package org.plantrack.nlp.extract;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.text.CjkChars;

/**
 * Words of a short phrase with their most frequent part of speech, from HanLP's CoreNatureDictionary (already
 * loaded for cleaning): maximum matching, which on a metric candidate of a dozen characters costs a few
 * hundred hash look-ups, where running the full tokenizer would dominate the analysis.
 */
final class PartOfSpeech {

    /** A word and its most frequent tag (v, vn, n, ns, d, p, t, r …; nx for Latin letters and digits, w else). */
    record Word(String text, String tag) {

        boolean isNoun() {
            return tag.startsWith("n") || tag.equals("vn") || tag.equals("j") || tag.equals("an") || tag.equals("b")
                    || tag.equals("g") || tag.equals("x");
        }

        boolean isPlace() {
            return tag.equals("ns");
        }
    }

    private static final int LONGEST_WORD = 8;

    private PartOfSpeech() {
    }

    /**
     * Backward maximum matching: it resolves the overlaps of metric names better than forward matching (占地区生产总值
     * is 占 | 地区 | 生产 | 总值, not 占地 | 区 …), since Chinese compounds put their head last.
     */
    static List<Word> tag(String phrase) {
        ArrayList<Word> out = new ArrayList<>();
        int end = phrase.length();
        while (end > 0) {
            char c = phrase.charAt(end - 1);
            if (CjkChars.isAsciiLetter(c) || CjkChars.isAsciiDigit(c)) {
                int j = end;
                while (j > 0 && (CjkChars.isAsciiLetter(phrase.charAt(j - 1)) || CjkChars.isAsciiDigit(phrase.charAt(j - 1))
                        || phrase.charAt(j - 1) == '.')) {
                    j--;
                }
                out.add(new Word(phrase.substring(j, end), "nx"));
                end = j;
                continue;
            }
            if (!CjkChars.isHan(c)) {
                out.add(new Word(String.valueOf(c), "w"));
                end--;
                continue;
            }
            String word = null;
            CoreDictionary.Attribute attr = null;
            for (int len = Math.min(LONGEST_WORD, end); len >= 1; len--) {
                String w = phrase.substring(end - len, end);
                if (len > 1 && !CjkChars.allHan(w)) {
                    continue;
                }
                CoreDictionary.Attribute a = CoreDictionary.get(w);
                if (a != null) {
                    word = w;
                    attr = a;
                    break;
                }
            }
            if (word == null) {
                // Unknown characters are mostly parts of names: treat them as nouns.
                out.add(new Word(String.valueOf(c), "n"));
                end--;
                continue;
            }
            out.add(new Word(word, mostFrequent(attr)));
            end -= word.length();
        }
        java.util.Collections.reverse(out);
        return yearsAsTimeWords(out);
    }

    /** 2025年 is one time word (t), as HanLP's own tokenizer has it, not a number and a measure word. */
    private static List<Word> yearsAsTimeWords(ArrayList<Word> words) {
        for (int k = words.size() - 2; k >= 0; k--) {
            Word n = words.get(k);
            if (n.tag().equals("nx") && n.text().chars().allMatch(c -> CjkChars.isAsciiDigit((char) c)) && words.get(k + 1).text().equals("年")) {
                words.set(k, new Word(n.text() + "年", "t"));
                words.remove(k + 1);
            }
        }
        return words;
    }

    /** Whether HanLP's core dictionary holds {@code text} as one word (建成区 is; 建成5G is not). */
    static boolean isWord(String text) {
        return CoreDictionary.get(text) != null;
    }

    private static String mostFrequent(CoreDictionary.Attribute a) {
        Nature best = a.nature[0];
        int f = a.frequency[0];
        for (int k = 1; k < a.nature.length; k++) {
            if (a.frequency[k] > f) {
                best = a.nature[k];
                f = a.frequency[k];
            }
        }
        return best.toString();
    }
}
