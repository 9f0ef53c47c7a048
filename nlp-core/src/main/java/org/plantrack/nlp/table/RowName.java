package org.plantrack.nlp.table;

import java.util.regex.Pattern;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.text.CjkChars;

/**
 * The indicator name in a row-header cell, with what a name cell also carries taken off: a row number
 * (1、, 2., or glued by PDF extraction), footnote marks (*, ①, 注1), and an attribute in brackets (〔约束性〕).
 */
final class RowName {

    private static final Pattern ROW_NUMBER =
            Pattern.compile("^\\(?\\d{1,2}[.、．)）]?\\s*(?=[" + CjkChars.HAN_CLASS + "]|“|\")");
    private static final Pattern FOOTNOTE = Pattern.compile("(\\*+|[①-⑳]|注\\d|\\[\\d\\])+$");
    /** A price base or reference year in brackets qualifies how the value is computed, it is not part of the name. */
    private static final Pattern PRICE_BASE = Pattern.compile("[(（][^()（）]*(?:19|20)\\d{2}\\s*年[^()（）]*[)）]");
    private static final Pattern ATTRIBUTE = Pattern.compile("[〔\\[【(（](约束性|预期性)[〕\\]】)）]");

    private RowName() {
    }

    static String clean(String cell) {
        String s = ATTRIBUTE.matcher(cell).replaceAll("").strip();
        s = PRICE_BASE.matcher(s).replaceAll("").strip();
        s = FOOTNOTE.matcher(s).replaceAll("").strip();
        // A number before Han text is the row's number; 5G基站 keeps its 5 because G follows.
        s = ROW_NUMBER.matcher(s).replaceFirst("");
        return s.replace(" ", "").strip();
    }

    /** 约束性 / 预期性 written in a cell (an attribute column or the name cell), or null. */
    static String attribute(String cell) {
        if (cell == null) {
            return null;
        }
        if (cell.contains("约束")) {
            return Indicator.BINDING;
        }
        if (cell.contains("预期")) {
            return Indicator.ANTICIPATORY;
        }
        return null;
    }

    private static final Pattern DECREASE = Pattern.compile("(?:降低|下降|减少|压减|削减|降幅)$");

    /**
     * The change a cumulative figure of the row states: a row named by a reduction (单位地区生产总值能源消耗降低
     * 〔13.5〕) counts a decrease, any other cumulative row an increase (GUIDELINES second round 5).
     */
    static String direction(String name) {
        return DECREASE.matcher(name.strip()).find() ? "decrease" : "increase";
    }

    /** The table readers' short name for {@link CjkChars#hasHan}: a name cell holds at least one Han character. */
    static boolean hasHan(String s) {
        return CjkChars.hasHan(s);
    }
}
