package org.plantrack.nlp.table;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.plantrack.nlp.text.CjkChars;

/**
 * Whether a table's rows are places (a row per city, county or district) rather than indicators: then a row's name
 * is the region the values are about, and what they measure is named by the caption or the value headers
 * (GUIDELINES, multi-region texts: the metric carries the region, 长沙市地区生产总值). The header over the names says
 * so (地区, 城市, 县（市、区）), or most names are written as divisions are (a name ending in 省 市 县 区 州 盟 旗, or
 * a total row 全省, 合计).
 */
final class PlaceRows {

    private static final Pattern DIVISION = Pattern.compile("^[" + CjkChars.HAN_CLASS + "]{1,8}(?:省|市|县|区|州|盟|旗|自治区|特别行政区)$");
    private static final Set<String> TOTALS = Set.of("全国", "全省", "全市", "全县", "全区", "全州", "全盟", "合计", "总计", "全省合计",
            "全市合计");

    private PlaceRows() {
    }

    /** Sums written as such (合计, 总计, 小计): a row of the table's whole area, which no place name heads. */
    private static final Set<String> SUMS = Set.of("合计", "总计", "小计");

    /** Whether a row's name is a sum of the rows (合计), not a place. */
    static boolean isTotal(String name) {
        return SUMS.contains(name);
    }

    /** Whether a name is written as a division is (长沙市, 宁乡县, 全省), so that it names a place. */
    static boolean isPlace(String name) {
        return TOTALS.contains(name) || DIVISION.matcher(name).matches();
    }

    /**
     * @param nameHeader the header over the names (may be empty)
     * @param names      the body rows' names, cleaned
     */
    static boolean are(String nameHeader, List<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        if (HeaderClassifier.isRegionHeader(nameHeader)) {
            return true;
        }
        int places = 0;
        int divisions = 0;
        for (String n : names) {
            if (TOTALS.contains(n)) {
                places++;
            } else if (DIVISION.matcher(n).matches()) {
                places++;
                divisions++;
            }
        }
        // Two divisions at least, and hardly anything else: 工业园区 alone among indicators does not make a list of places.
        return divisions >= 2 && places * 3 >= names.size() * 2;
    }
}
