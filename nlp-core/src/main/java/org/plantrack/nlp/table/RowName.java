package org.plantrack.nlp.table;

import java.util.regex.Pattern;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.text.CjkChars;

/**
 * The indicator name in a row-header cell, with what a name cell also carries taken off: a row number
 * (1、, 2., or glued by PDF extraction), footnote marks (*, ①, 注1), and an attribute in brackets (〔约束性〕).
 */
final class RowName {

    /** A row number: 1、 2. 3) (4) （5） ⑥, before the name's first character. */
    private static final Pattern ROW_NUMBER = Pattern.compile("^(?:[(（]\\d{1,2}[)）]|\\(?\\d{1,2}[.、．)）]?|[①-⑳])\\s*(?=[" + CjkChars.HAN_CLASS + "]|“|\")");
    /** 其中： opens a sub-row (其中：工业投资 under 固定资产投资); the sub-row's name is what follows it. */
    private static final Pattern SUB_ROW = Pattern.compile("^其中\\s*[:：,，]?\\s*(?=\\S)");
    /** A name ending in a change says its values are changes (地区生产总值增长, 单位GDP能耗降低), not levels. */
    private static final Pattern CHANGE_NAME = Pattern.compile("(?:增长|增速|增幅|增长率|提高|提升|降低|下降|减少|压减|削减|降幅)$");
    /** A name that is only a change (增长, 比上年增长, 增速): it says how the measure named before it changed. */
    private static final Pattern BARE_CHANGE = Pattern.compile("^(?:比上年|较上年|同比)?(?:增长|增速|增幅|增减|增长率|增长速度|增减幅度)$");
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
        s = SUB_ROW.matcher(s).replaceFirst("");
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

    /**
     * The change every value of a row states when its name ends in a change (地区生产总值增长 3.6 under 2020年 is a
     * growth rate, GUIDELINES: 下降3.1% is a decrease), or null for a level.
     */
    static String changeNamed(String name) {
        return CHANGE_NAME.matcher(name.strip()).find() ? direction(name) : null;
    }

    /** Whether a row's name is only a change word (增长, 同比增长), naming no measure of its own. */
    static boolean isBareChange(String name) {
        return BARE_CHANGE.matcher(name.strip()).matches();
    }

    /** The table readers' short name for {@link CjkChars#hasHan}: a name cell holds at least one Han character. */
    static boolean hasHan(String s) {
        return CjkChars.hasHan(s);
    }
}
