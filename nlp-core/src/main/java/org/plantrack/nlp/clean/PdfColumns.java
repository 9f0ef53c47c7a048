package org.plantrack.nlp.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plantrack.nlp.text.LineSpans;
import org.plantrack.nlp.text.MappedText;

/**
 * Re-orders text extracted from a multi-column PDF page where every physical line holds one line of each
 * column ("col1-line1 col2-line1 col3-line1"). The column count is the usual number of long fragments per
 * line, the column width the median line length divided by it; each line is cut into that many columns at
 * the spaces that make the columns closest to that width (spaces inside words such as "6.5 亿 吨" are then
 * simply dropped), and the text is rebuilt column by column. Offsets stay mapped to the original.
 */
final class PdfColumns {

    private PdfColumns() {
    }

    static MappedText deinterleave(MappedText in, TextCleaner.Log log) {
        String s = in.text();
        List<int[]> lines = LineSpans.of(s);
        List<List<int[]>> tokens = new ArrayList<>();
        Map<Integer, Integer> bigCounts = new HashMap<>();
        List<Integer> lengths = new ArrayList<>();
        for (int[] ln : lines) {
            List<int[]> t = tokens(s, ln[0], ln[1]);
            tokens.add(t);
            int len = 0, big = 0;
            for (int[] x : t) {
                len += x[1] - x[0];
                if (x[1] - x[0] >= 5) {
                    big++;
                }
            }
            if (len >= 20) {
                bigCounts.merge(big, 1, Integer::sum);
                lengths.add(len);
            }
        }
        if (lengths.size() < 4) {
            return in;
        }
        int k = bigCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(1);
        k = Math.max(2, Math.min(4, k));
        int[] ls = lengths.stream().mapToInt(Integer::intValue).sorted().toArray();
        double width = ls[ls.length / 2] / (double) k;
        // Which lines form the column block: long lines that can be cut into k columns.
        int first = -1, last = -1;
        int[][] cuts = new int[lines.size()][];
        for (int li = 0; li < lines.size(); li++) {
            List<int[]> t = tokens.get(li);
            int len = 0;
            for (int[] x : t) {
                len += x[1] - x[0];
            }
            if (t.size() >= k && len >= width * (k - 1)) {
                cuts[li] = bestCuts(t, k, width);
                if (first < 0) {
                    first = li;
                }
                last = li;
            }
        }
        if (first < 0 || last - first < 3) {
            return in;
        }
        MappedText.Builder out = in.builder();
        for (int li = 0; li < first; li++) {
            out.copy(lines.get(li)[0], Math.min(s.length(), lines.get(li)[1] + 1));
        }
        int moved = 0;
        for (int c = 0; c < k; c++) {
            for (int li = first; li <= last; li++) {
                List<int[]> t = tokens.get(li);
                if (cuts[li] == null) {
                    if (c == 0) {
                        for (int[] x : t) {
                            out.copy(x[0], x[1]);
                        }
                    }
                    continue;
                }
                int from = c == 0 ? 0 : cuts[li][c - 1];
                int to = c == k - 1 ? t.size() : cuts[li][c];
                for (int ti = from; ti < to; ti++) {
                    int[] x = t.get(ti);
                    if (ti > from && isAsciiWordChar(s.charAt(x[0])) && isAsciiWordChar(s.charAt(t.get(ti - 1)[1] - 1))
                            && !Character.isDigit(s.charAt(x[0]))) {
                        out.put(' ', x[0]);
                    }
                    out.copy(x[0], x[1]);
                }
                moved++;
            }
            out.put('\n', lines.get(last)[1]);
        }
        for (int li = last + 1; li < lines.size(); li++) {
            out.copy(lines.get(li)[0], Math.min(s.length(), lines.get(li)[1] + 1));
        }
        log.note("re-ordered " + k + " interleaved PDF columns over " + (last - first + 1) + " lines (" + moved
                + " column fragments)");
        return out.build();
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static List<int[]> tokens(String s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && s.charAt(i) == ' ') {
                i++;
            }
            int j = i;
            while (j < to && s.charAt(j) != ' ') {
                j++;
            }
            if (j > i) {
                out.add(new int[] {i, j});
            }
            i = j;
        }
        return out;
    }

    /** Token indices where columns 2..k start, minimising the squared deviation of columns 1..k-1 from the width. */
    private static int[] bestCuts(List<int[]> t, int k, double width) {
        int n = t.size();
        int[] prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + t.get(i)[1] - t.get(i)[0];
        }
        // dp[c][i]: best cost with c columns covering tokens [0, i)
        double[][] dp = new double[k + 1][n + 1];
        int[][] back = new int[k + 1][n + 1];
        for (double[] row : dp) {
            Arrays.fill(row, Double.MAX_VALUE);
        }
        dp[0][0] = 0;
        for (int c = 1; c <= k; c++) {
            for (int i = c; i <= n - (k - c); i++) {
                for (int j = c - 1; j < i; j++) {
                    if (dp[c - 1][j] == Double.MAX_VALUE) {
                        continue;
                    }
                    double len = prefix[i] - prefix[j];
                    // The last column may end a paragraph early, so only overflow costs there.
                    double dev = c == k ? Math.max(0, len - width * 1.3) : len - width;
                    double cost = dp[c - 1][j] + dev * dev;
                    if (cost < dp[c][i]) {
                        dp[c][i] = cost;
                        back[c][i] = j;
                    }
                }
            }
        }
        int[] cuts = new int[k - 1];
        int i = n;
        for (int c = k; c > 1; c--) {
            i = back[c][i];
            cuts[c - 2] = i;
        }
        return cuts;
    }
}
