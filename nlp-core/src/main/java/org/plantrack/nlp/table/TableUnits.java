package org.plantrack.nlp.table;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a table value's unit comes from when its own row does not print one: a 单位 line in the caption or a
 * note, or the prose before the table quoting one of its figures with a unit (全省地区生产总值32200.1亿元 above a
 * table whose cells hold 32200.10).
 */
final class TableUnits {

    private static final Pattern DECLARED = Pattern.compile("单位\\s*[:：]\\s*([^\\s,，;；。)）|]{1,8})");
    /** Units a prose figure may carry; longest first so 万亿元 wins over 亿元. */
    private static final String UNITS = "万亿元|亿元|万元|元|亿美元|万美元|美元|万人|人|万吨|吨|个百分点|%|‰|万平方米|平方米|平方公里|"
            + "公里|万亩|亩|万户|户|家|万个|个|所|张|辆|台|件|项";
    private static final Pattern QUOTED = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(" + UNITS + ")");
    /** 金额单位为亿元 / 计量单位是万吨: a unit stated in a sentence, accepted only when it is one of {@link #UNITS}. */
    private static final Pattern STATED = Pattern.compile("单位(?:为|是|均为)\\s*(" + UNITS + ")");
    /** A caption closing with its unit in brackets: 表3 主要经济指标（亿元）, only for a unit of {@link #UNITS}. */
    private static final Pattern CAPTION_UNIT = Pattern.compile("[(（](?:单位[:：]?)?(" + UNITS + ")[)）]\\s*(?=\\n)");
    /** In a cell: "(亿元)" closing a name. */
    private static final Pattern IN_NAME = Pattern.compile("[(（]([^()（）\\d]{1,8})[)）]\\s*$");

    private TableUnits() {
    }

    /** The unit a whole table's values share according to the prose around it, or null. */
    static String fromContext(Table table) {
        Matcher d = DECLARED.matcher(table.context());
        String declared = null;
        while (d.find()) {
            declared = d.group(1);
        }
        if (declared != null) {
            return declared;
        }
        Matcher stated = STATED.matcher(table.context());
        while (stated.find()) {
            declared = stated.group(1);
        }
        Matcher caption = CAPTION_UNIT.matcher(table.context());
        while (caption.find()) {
            declared = caption.group(1);
        }
        if (declared != null) {
            return declared;
        }
        String before = table.context();
        Matcher q = QUOTED.matcher(before);
        while (q.find()) {
            BigDecimal quoted = new BigDecimal(q.group(1));
            if (quoted.signum() != 0 && appearsIn(table, quoted)) {
                return q.group(2);
            }
        }
        return null;
    }

    /** "森林覆盖率(%)" → "%", or null. */
    static String inName(String name) {
        Matcher m = IN_NAME.matcher(name);
        return m.find() ? m.group(1).strip() : null;
    }

    static String withoutUnit(String name) {
        Matcher m = IN_NAME.matcher(name);
        return m.find() ? name.substring(0, m.start()).strip() : name;
    }

    private static boolean appearsIn(Table table, BigDecimal quoted) {
        for (Table.Row r : table.body()) {
            for (Cell c : r.cells()) {
                CellValue v = CellValue.parse(c.text());
                if (v != null && v.unit() == null && v.value().compareTo(quoted) == 0 && quoted.precision() >= 3) {
                    return true;
                }
            }
        }
        return false;
    }
}
