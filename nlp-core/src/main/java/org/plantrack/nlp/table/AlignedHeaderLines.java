package org.plantrack.nlp.table;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The header above a space-aligned table (PDF text, a console export): a line of column names that holds no number
 * ({@code 产品名称  单位  产量  比上年增长%}), and the other half of a header printed over two lines, an indented line
 * of a few column words standing over or under their columns ({@code 2020年  2025年} over {@code 基期值  目标值},
 * {@code 增长（%）} under {@code 比上年}). Without them the rows below have no columns to be read by; with such a
 * header two rows are a table.
 */
final class AlignedHeaderLines {

    /** At most this many header lines are taken above a table's rows. */
    private static final int MAX_LINES = 3;
    private static final Pattern SPACE_GAP = Pattern.compile("(?: {2,}|\\u3000+ *| *\\u3000+)");
    private static final Pattern BARE_NUMBER = Pattern.compile("^[-+－]?[\\d,，.．]+%?$");

    /** The header lines found above a run of rows: where they start and which one names every column. */
    record Block(int first, int fullHeader) {
    }

    private AlignedHeaderLines() {
    }

    /**
     * @param runStart  the run's first line, a row of fields
     * @param taken     which lines are in another table already
     * @return the header block ending right above {@code runStart} (or including it, when the run opens with its
     *         header), or null when there is none naming the columns
     */
    static Block above(String s, List<int[]> lines, int runStart, boolean[] taken) {
        int full = isFullHeader(line(s, lines, runStart)) ? runStart : -1;
        int first = runStart;
        for (int k = runStart - 1; k >= 0 && runStart - k <= MAX_LINES && !taken[k]; k--) {
            String line = line(s, lines, k);
            if (isFullHeader(line) && full < 0) {
                full = k;
            } else if (!isPartialHeader(line)) {
                break;
            }
            first = k;
        }
        return full < 0 ? null : new Block(first, full);
    }

    /** Column names across the table: three fields or more, the first a name, no figure of its own, two header words. */
    static boolean isFullHeader(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.indexOf('|') >= 0 || t.endsWith("。")) {
            return false;
        }
        String[] fields = SPACE_GAP.split(t);
        if (fields.length < 3 || !RowName.hasHan(fields[0])) {
            return false;
        }
        int headerWords = 0;
        for (String f : fields) {
            if (BARE_NUMBER.matcher(f).matches()) {
                return false;
            }
            HeaderRole role = HeaderClassifier.classify(f).role();
            headerWords += role != HeaderRole.OTHER && role != HeaderRole.CATEGORY ? 1 : 0;
        }
        return headerWords >= 2;
    }

    /** An indented line of a few column words (years, 目标值, 增长（%）), the other half of a two-line header. */
    static boolean isPartialHeader(String line) {
        if (!(line.startsWith("  ") || line.startsWith("\u3000")) || line.indexOf('|') >= 0) {
            return false;
        }
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (String f : SPACE_GAP.split(t)) {
            Column c = HeaderClassifier.classify(f);
            if (BARE_NUMBER.matcher(f).matches() || !c.holdsValues() && c.role() != HeaderRole.UNIT
                    && c.role() != HeaderRole.ATTRIBUTE) {
                return false;
            }
        }
        return true;
    }

    private static String line(String s, List<int[]> lines, int i) {
        int[] ln = lines.get(i);
        return s.substring(ln[0], ln[1]);
    }
}
