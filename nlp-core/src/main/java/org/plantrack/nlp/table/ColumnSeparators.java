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
 * must also hold a number and start with a name, so justified prose is left alone. In a space-aligned row a blank
 * cell is only a wider gap, so a row with fewer fields than the run's first line (its header) has its fields put
 * under the header fields they stand below ({@link AlignedColumns}), with empty cells where nothing is.
 */
public final class ColumnSeparators {

    /** Tabs between cells; a run of them is one gap where tabs align the columns for the eye. */
    private static final Pattern TAB_GAP = Pattern.compile("[ \\u3000]*\\t[\\t \\u3000]*");
    /** One tab per cell boundary (a spreadsheet or Word table pasted as text): two tabs enclose a blank cell. */
    private static final Pattern TAB_CELL = Pattern.compile("[ \\u3000]*\\t[ \\u3000]*");
    private static final Pattern DOUBLE_TAB = Pattern.compile("\\t[ \\u3000]*\\t");
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
        int[] runHead = new int[lines.size()];
        mark(s, lines, tableLine, gapOf, runHead, TAB_GAP, false);
        mark(s, lines, tableLine, gapOf, runHead, SPACE_GAP, true);
        // A header written with single tabs has one per cell, so that a double tab in a row below is a blank cell.
        for (int li = 0; li < lines.size(); li++) {
            if (gapOf[li] == TAB_GAP) {
                int[] head = lines.get(runHead[li]);
                if (!DOUBLE_TAB.matcher(s.substring(head[0], head[1]).strip()).find()) {
                    gapOf[li] = TAB_CELL;
                }
            }
        }
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
            // A tab-separated row keeps its trailing tabs: they close blank cells at its end.
            int trail = gapOf[li] == TAB_CELL ? withoutTrailingSpaces(line) : line.stripTrailing().length();
            List<int[]> fields = fields(line, gapOf[li], lead, trail);
            int[] columns = null;
            int width = fields.size();
            if (gapOf[li] == SPACE_GAP && runHead[li] != li) {
                int[] head = lines.get(runHead[li]);
                String header = s.substring(head[0], head[1]);
                int headLead = header.length() - header.stripLeading().length();
                List<int[]> headerFields = fields(header, SPACE_GAP, headLead, header.stripTrailing().length());
                columns = AlignedColumns.of(header, headerFields, line, fields);
                width = Math.max(width, headerFields.size());
            }
            out.copy(copied, ln[0] + lead);
            int at = 0;
            for (int f = 0; f < fields.size(); f++) {
                int column = columns == null ? f : columns[f];
                int[] field = fields.get(f);
                if (f == 0 && column > 0) {
                    out.put("|" + " |".repeat(column) + " ", ln[0] + field[0]); // blank cells before the first field
                } else if (f > 0) {
                    out.put(" |" + "  |".repeat(column - at - 1) + " ", ln[0] + fields.get(f - 1)[1]);
                }
                out.copy(ln[0] + field[0], ln[0] + field[1]);
                at = column;
            }
            if (columns == null && fields.size() > 1 && fields.get(fields.size() - 1)[0] == trail) {
                out.put("|", ln[0] + trail); // a blank last cell: "25 | |", or the reader would drop it
            }
            if (columns != null && at < width - 1) {
                out.put(" |".repeat(width - 1 - at) + " |", ln[0] + trail); // blank cells after the last field
            }
            copied = ln[0] + trail;
        }
        if (out == null) {
            return in;
        }
        out.copy(copied, s.length());
        return out.build();
    }

    private static int withoutTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\u3000' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The fields of a line between its gaps, as [start, end) offsets in the line. */
    private static List<int[]> fields(String line, Pattern gap, int lead, int trail) {
        List<int[]> out = new ArrayList<>();
        Matcher m = gap.matcher(line);
        m.region(lead, trail);
        int last = lead;
        while (m.find()) {
            out.add(new int[] {last, m.start()});
            last = m.end();
        }
        out.add(new int[] {last, trail});
        return out;
    }

    private static void mark(String s, List<int[]> lines, boolean[] tableLine, Pattern[] gapOf, int[] runHead, Pattern gap,
            boolean strict) {
        int runStart = -1;
        int fields = -1;
        for (int li = 0; li <= lines.size(); li++) {
            int n = li < lines.size() && !tableLine[li] ? fields(s, lines.get(li), gap, strict) : 0;
            boolean continues = n >= 2 && (runStart >= 0 && Math.abs(n - fields) <= 1);
            if (continues) {
                continue;
            }
            // Space-aligned rows under a header of column names (AlignedHeaderLines) are a table from two rows on.
            AlignedHeaderLines.Block header = strict && runStart >= 0 ? AlignedHeaderLines.above(s, lines, runStart, tableLine) : null;
            if (header != null && li - Math.max(runStart, header.fullHeader() + 1) >= 2) {
                for (int k = header.first(); k < li; k++) {
                    tableLine[k] = true;
                    gapOf[k] = gap;
                    runHead[k] = header.fullHeader();
                }
            } else if (runStart >= 0 && li - runStart >= (strict ? 3 : 2)) {
                for (int k = runStart; k < li; k++) {
                    tableLine[k] = true;
                    gapOf[k] = gap;
                    runHead[k] = runStart;
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
        if (gap == TAB_GAP && parts.length >= 2) {
            // Counted one tab per cell too (blank cells included, trailing ones as well), so that a row with a
            // blank cell stays in the run of its header.
            String full = s.substring(ln[0], ln[1]);
            String raw = full.substring(0, withoutTrailingSpaces(full)).stripLeading();
            return Math.max(parts.length, TAB_CELL.split(raw, -1).length);
        }
        return parts.length;
    }
}
