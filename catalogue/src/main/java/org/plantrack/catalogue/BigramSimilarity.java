package org.plantrack.catalogue;

import java.util.Arrays;

/**
 * Dice coefficient on character bigrams: the share of two-character pieces two phrases have in common. A phrase's
 * bigrams are computed once as a sorted array of codes, so comparing one phrase against every catalogue key is a
 * merge of short arrays, not a map per pair.
 */
final class BigramSimilarity {

    private BigramSimilarity() {
    }

    /** The phrase's bigrams as sorted codes (a bigram of two UTF-16 units packed into a long). */
    static long[] grams(String s) {
        if (s.length() < 2) {
            return new long[0];
        }
        long[] g = new long[s.length() - 1];
        for (int i = 0; i + 1 < s.length(); i++) {
            g[i] = ((long) s.charAt(i) << 16) | s.charAt(i + 1);
        }
        Arrays.sort(g);
        return g;
    }

    /** The best Dice coefficient these two could reach, from their sizes alone. */
    static double bound(long[] a, long[] b) {
        int total = a.length + b.length;
        return total == 0 ? 0.0 : 2.0 * Math.min(a.length, b.length) / total;
    }

    static double dice(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }

    static double dice(String a, String b) {
        return a.equals(b) ? 1.0 : dice(grams(a), grams(b));
    }
}
