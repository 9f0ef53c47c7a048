package org.plantrack.catalogue;

import java.util.HashMap;
import java.util.Map;

/** Dice coefficient on character bigrams: the share of two-character pieces two phrases have in common. */
final class BigramSimilarity {

    private BigramSimilarity() {
    }

    static double dice(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0.0;
        }
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            grams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 2 <= b.length(); i++) {
            String g = b.substring(i, i + 2);
            Integer n = grams.get(g);
            if (n != null && n > 0) {
                common++;
                grams.put(g, n - 1);
            }
        }
        return 2.0 * common / ((a.length() - 1) + (b.length() - 1));
    }
}
