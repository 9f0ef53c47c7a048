package org.plantrack.nlp.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The kind of year columns under a header cell spanning them (a header split over two rows). The spanning cell
 * states a role for the group ({@code 规划值}, {@code 目标值}), the lower row may state one per column
 * ({@code 2020年基期值 | 2025年目标值}): a column's own word wins. Without one, a group named a target usually holds
 * the base year beside the target year ({@code 目标值: 2020年 | 2025年}), so only its latest year keeps the
 * group's target role; the earlier years are left to the document year like bare year columns.
 */
final class SpanningHeaders {

    private SpanningHeaders() {
    }

    /**
     * @param stacked each column's header texts, top to bottom
     * @param own     the text the lowest header row gives each column (null where it gives none, or one header row)
     * @param spanned whether the column sits under a cell spanning several columns
     */
    static List<Column> resolveKinds(List<Column> columns, String[] stacked, String[] own, boolean[] spanned) {
        List<Column> out = new ArrayList<>(columns);
        for (int c = 0; c < out.size(); c++) {
            Column col = out.get(c);
            if (!spanned[c] || own[c] == null || col.role() != HeaderRole.VALUE || col.year() == null) {
                continue;
            }
            Column mine = HeaderClassifier.classify(own[c]);
            if (mine.kind() != null) {
                out.set(c, withKind(col, mine.kind()));
            } else if ("target".equals(col.kind()) && laterYearInGroup(out, stacked, spanned, c)) {
                out.set(c, withKind(col, null));
            }
        }
        return out;
    }

    /** Whether another column under the same spanning cell states a later year. */
    private static boolean laterYearInGroup(List<Column> columns, String[] stacked, boolean[] spanned, int c) {
        String group = upper(stacked[c], columns.get(c));
        for (int o = 0; o < columns.size(); o++) {
            Column other = columns.get(o);
            if (o != c && spanned[o] && other.year() != null && other.year() > columns.get(c).year()
                    && upper(stacked[o], other).equals(group)) {
                return true;
            }
        }
        return false;
    }

    /** The spanning part of a stacked header: what precedes the column's year. */
    private static String upper(String stacked, Column col) {
        int at = stacked.indexOf(String.valueOf(col.year()));
        return at < 0 ? stacked : stacked.substring(0, at);
    }

    private static Column withKind(Column c, String kind) {
        return new Column(c.role(), c.year(), kind, c.unit(), c.metricSuffix());
    }
}
