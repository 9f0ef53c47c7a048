package org.plantrack.nlp.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a column's {@link Column role} from its header text. The words are the standard vocabulary of
 * Chinese indicator tables (plan 主要指标表, statistical communiqués, scoring sheets), not any one document's.
 */
public final class HeaderClassifier {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?");
    /** A range of years (2021-2025年, 2021—2025): the later year dates a cumulative column. */
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*[-—–~～至到]\\s*((?:19|20)\\d{2})");
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("[(（〔\\[]([^()（）〔〕\\[\\]]{1,8})[)）〕\\]]");
    private static final String[] TARGET_WORDS = {"目标", "规划", "预期值", "预计", "计划"};
    private static final String[] ACTUAL_WORDS = {"基期", "基数", "基准", "现状", "实际", "完成", "实现", "现值"};
    private static final String[] ROLE_WORDS = {
        "目标值", "目标", "规划值", "预期值", "预计值", "预计", "计划", "基期值", "基期", "基数", "基准值", "基准", "现状值", "现状",
        "实际值", "实际", "完成值", "完成", "实现值", "数值", "值", "年末", "年底", "年", "末", "底", "(", ")", "（", "）",
    };

    private HeaderClassifier() {
    }

    public static Column classify(String header) {
        String h = header == null ? "" : header.replace(" ", "").strip();
        if (h.isEmpty()) {
            return Column.of(HeaderRole.OTHER);
        }
        if (h.contains("属性") || h.equals("性质") || h.equals("指标性质") || h.equals("类型") && !h.contains("指标")) {
            return Column.of(HeaderRole.ATTRIBUTE);
        }
        if (h.equals("序号") || h.equals("编号") || h.equals("序")) {
            return Column.of(HeaderRole.INDEX);
        }
        if (h.contains("单位") && !h.contains("责任") && !h.contains("牵头") && !h.contains("单位地区")) {
            return Column.of(HeaderRole.UNIT);
        }
        if (h.contains("来源") || h.contains("责任") || h.contains("牵头") || h.contains("备注") || h.contains("部门")
                || h.contains("说明") || h.contains("依据")) {
            return Column.of(HeaderRole.OTHER);
        }
        String unit = unitIn(h);
        Matcher range = YEAR_RANGE.matcher(h);
        Integer rangeEnd = range.find() ? Integer.valueOf(range.group(2)) : null;
        if (h.contains("累计") || h.contains("年均")) {
            return new Column(HeaderRole.CUMULATIVE, rangeEnd, "target", unit, null);
        }
        if (h.contains("比上年") || h.contains("同比") || h.contains("增长") || h.contains("增减") || h.contains("增速")) {
            return new Column(HeaderRole.GROWTH, null, "actual", unit == null ? "%" : unit, null);
        }
        Matcher y = YEAR.matcher(h);
        if (rangeEnd == null && y.find()) {
            Integer year = Integer.valueOf(y.group(1));
            String rest = (h.substring(0, y.start()) + h.substring(y.end())).strip();
            String kind = has(rest, TARGET_WORDS) ? "target" : has(rest, ACTUAL_WORDS) ? "actual" : null;
            return new Column(HeaderRole.VALUE, year, kind, unit, suffix(rest));
        }
        if (has(h, TARGET_WORDS) && h.length() <= 6) {
            return new Column(HeaderRole.VALUE, null, "target", unit, null);
        }
        if (has(h, ACTUAL_WORDS) && h.length() <= 6 || h.equals("绝对数") || h.equals("数值") || h.equals("总量")) {
            return new Column(HeaderRole.VALUE, null, "actual", unit, null);
        }
        if (h.contains("类别") || h.contains("领域") || h.contains("分类") || h.equals("类型") || h.contains("方面")) {
            return Column.of(HeaderRole.CATEGORY);
        }
        if (h.contains("指标") || h.contains("名称") || h.contains("项目") || h.contains("地区") || h.contains("/")
                || h.contains("内容")) {
            return Column.of(HeaderRole.NAME);
        }
        return Column.of(HeaderRole.OTHER);
    }

    /** Whether the text of a cell reads like a header of values (a year or a value role word). */
    public static boolean isValueHeader(String cell) {
        return classify(cell).holdsValues();
    }

    private static String unitIn(String h) {
        Matcher m = UNIT_IN_BRACKETS.matcher(h);
        while (m.find()) {
            String u = m.group(1).strip();
            if (!u.isEmpty() && !YEAR.matcher(u).find() && !u.contains("累计") && !u.contains("约束") && !u.contains("预期")) {
                return u;
            }
        }
        return null;
    }

    /** What is left of a year header after the year and role words (2023年GDP → GDP), or null. */
    private static String suffix(String rest) {
        String r = UNIT_IN_BRACKETS.matcher(rest).replaceAll("");
        for (String w : ROLE_WORDS) {
            r = r.replace(w, "");
        }
        r = r.strip();
        return r.length() >= 2 ? r : null;
    }

    private static boolean has(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
