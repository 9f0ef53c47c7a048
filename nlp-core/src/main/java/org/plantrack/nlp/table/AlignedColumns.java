package org.plantrack.nlp.table;

import java.util.List;

/**
 * Which header column each field of a space-aligned row stands under, when the row has fewer fields than its
 * header: a blank cell of a table printed with spaces (PDF text, a console export) is only a wider gap. Positions
 * are display columns, a Chinese character or full-width sign taking two, as the table was aligned for the eye.
 * A field goes to the header column its span overlaps most; when that does not put the fields in order under
 * distinct columns the row is left as it is.
 */
final class AlignedColumns {

    private AlignedColumns() {
    }

    /**
     * @return for each field of the row, the index of its header column; null when the row has as many fields as
     *         the header (nothing to place) or the placement is not one-to-one and in order
     */
    static int[] of(String header, List<int[]> headerFields, String row, List<int[]> rowFields) {
        if (rowFields.size() >= headerFields.size()) {
            return null;
        }
        int n = headerFields.size();
        int[] starts = new int[n];
        for (int j = 0; j < n; j++) {
            starts[j] = width(header, headerFields.get(j)[0]);
        }
        int[] out = new int[rowFields.size()];
        int previous = -1;
        for (int f = 0; f < rowFields.size(); f++) {
            int from = width(row, rowFields.get(f)[0]);
            int to = width(row, rowFields.get(f)[1]);
            int best = -1;
            int bestOverlap = 0;
            for (int j = 0; j < n; j++) {
                int end = j + 1 < n ? starts[j + 1] : Integer.MAX_VALUE;
                int overlap = Math.min(to, end) - Math.max(from, starts[j]);
                if (overlap > bestOverlap) {
                    best = j;
                    bestOverlap = overlap;
                }
            }
            if (best <= previous) {
                return null;
            }
            out[f] = best;
            previous = best;
        }
        return out;
    }

    /** The display width of the line up to {@code end}: two for a character of the wide East Asian forms. */
    static int width(String line, int end) {
        int w = 0;
        for (int i = 0; i < end; i++) {
            w += wide(line.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    private static boolean wide(char c) {
        return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7A3' || c >= '\uF900' && c <= '\uFAFF'
                || c >= '\uFE30' && c <= '\uFE4F' || c >= '\uFF00' && c <= '\uFF60' || c >= '\uFFE0' && c <= '\uFFE6';
    }
}
