package org.plantrack.nlp.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.LineSpans;
import org.plantrack.nlp.text.MappedText;

/**
 * Tab-separated and space-aligned table rows (text exports, spreadsheets pasted as text) are rewritten as pipe
 * rows before cleaning folds their tabs and space runs into single spaces, so that the pipe-table reader sees
 * their cells. A run of at least two such lines with the same number of fields is a table; space-aligned rows
 * must also hold a number and start with a name, so justified prose is left alone.
 */
public final class ColumnSeparators {

    private static final Pattern TAB_GAP = Pattern.compile("[ \\u3000]*\\t[\\t \\u3000]*");
    private static final Pattern SPACE_GAP = Pattern.compile("(?: {2,}|\\u3000+ *| *\\u3000+)");
    private static final Pattern NUMBER = Pattern.compile("\\d");

    private ColumnSeparators() {
    }

    public static MappedText toPipes(MappedText in) {
        String s = in.text();
        if (s.indexOf('\t') < 0 && !s.contains("  ") && s.indexOf('\u3000') < 0) {
            return in;
        }
        List<int[]> lines = LineSpans.of(s);
        boolean[] tableLine = new boolean[lines.size()];
        Pattern[] gapOf = new Pattern[lines.size()];
        mark(s, lines, tableLine, gapOf, TAB_GAP, false);
        mark(s, lines, tableLine, gapOf, SPACE_GAP, true);
        MappedText.Builder out = null;
        int copied = 0;
        for (int li = 0; li < lines.size(); li++) {
            if (!tableLine[li]) {
                continue;
            }
            if (out == null) {
                out = in.builder();
            }
            int[] ln = lines.get(li);
            String line = s.substring(ln[0], ln[1]);
            int lead = line.length() - line.stripLeading().length();
            int trail = line.stripTrailing().length();
            Matcher m = gapOf[li].matcher(line);
            m.region(lead, trail);
            out.copy(copied, ln[0] + lead);
            int last = lead;
            while (m.find()) {
                out.copy(ln[0] + last, ln[0] + m.start());
                out.put(" | ", ln[0] + m.start());
                last = m.end();
            }
            out.copy(ln[0] + last, ln[0] + trail);
            copied = ln[0] + trail;
        }
        if (out == null) {
            return in;
        }
        out.copy(copied, s.length());
        return out.build();
    }

    private static void mark(String s, List<int[]> lines, boolean[] tableLine, Pattern[] gapOf, Pattern gap, boolean strict) {
        int runStart = -1;
        int fields = -1;
        for (int li = 0; li <= lines.size(); li++) {
            int n = li < lines.size() && !tableLine[li] ? fields(s, lines.get(li), gap, strict) : 0;
            boolean continues = n >= 2 && (runStart >= 0 && Math.abs(n - fields) <= 1);
            if (continues) {
                continue;
            }
            if (runStart >= 0 && li - runStart >= (strict ? 3 : 2)) {
                for (int k = runStart; k < li; k++) {
                    tableLine[k] = true;
                    gapOf[k] = gap;
                }
            }
            runStart = n >= 2 ? li : -1;
            fields = n;
        }
    }

    /** Fields of a line split at the gap, or 0 when it is not a row of that kind. */
    private static int fields(String s, int[] ln, Pattern gap, boolean strict) {
        String line = s.substring(ln[0], ln[1]).strip();
        if (line.isEmpty() || line.indexOf('|') >= 0) {
            return 0;
        }
        String[] parts = gap.split(line);
        if (strict && (parts.length < 3 || !NUMBER.matcher(line).find() || !RowName.hasHan(parts[0])
                || line.endsWith("。"))) {
            return 0;
        }
        return parts.length;
    }
}
