package org.plantrack.nlp.metric;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.plantrack.catalogue.PlaceNames;

/**
 * Place names from HanLP's core dictionary: a phrase that opens with a word the dictionary tags as a place (ns),
 * such as a city named without 市 (长沙数字经济规模, 武汉GDP). Longest word first.
 */
final class DictionaryPlaceNames implements PlaceNames {

    private static final int LONGEST = 5;

    @Override
    public int leadingPlaceLength(String phrase) {
        for (int n = Math.min(LONGEST, phrase.length() - 1); n >= 2; n--) {
            if (isPlace(phrase.substring(0, n))) {
                return n;
            }
        }
        return 0;
    }

    private static boolean isPlace(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n != null && n.toString().startsWith("ns")) {
                return true;
            }
        }
        return false;
    }
}
