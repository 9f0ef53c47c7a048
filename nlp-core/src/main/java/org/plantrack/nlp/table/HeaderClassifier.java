package org.plantrack.nlp.table;

import java.util.Set;
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
    /**
     * A five-year plan period named in a header (“十三五”末, “十四五”目标, 十四五时期累计): the column is about the
     * period, so it ends the period's last year. 十一五 … 十七五 and 六五 … 九五; a bare 十五 is too often a number.
     */
    private static final Pattern PLAN_PERIOD = Pattern.compile("(?<![一二三四五六七八九十])[“\"]?(十[一二三四五六七]|[六七八九])五(?![一二三四五六七八九十])");
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("[(（〔\\[]([^()（）〔〕\\[\\]]{1,8})[)）〕\\]]");
    /**
     * A part of the year a monthly or quarterly report covers (1-11月, 前三季度, 上半年, 全年), optionally 累计: the
     * values are what was done in it, of the caption's year; neither a target nor a measure's name.
     */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?:\\d{1,2}\\s*[-—–~～至到]\\s*\\d{1,2}\\s*月(?:份)?|\\d{1,2}\\s*月(?:份)?"
            + "|前?[一二三四1-4]季度|[一二]季度末|上半年|下半年|全年|本年|本月|当月|本期)(?:累计)?(?:完成|实际)?(?:数|值)?");
    /** Headers that only say a value is there (绝对数, 年末数): the values are levels of the table's year. */
    private static final Set<String> PLAIN_VALUE_HEADERS = Set.of("绝对数", "数值", "总量", "年末数", "期末数", "本年数", "当年数",
            "本期数", "年末余额", "实绩");
    /** A rank among places (增速位次, 排名) orders them; it measures nothing (GUIDELINES: ordinals are excluded). */
    private static final Pattern RANK = Pattern.compile("位次|排名|名次|排序|位序");
    /** Words saying a column holds planned values. 预计 is not among them: 2024年预计 is an estimate of that year. */
    private static final String[] TARGET_WORDS = {"目标", "规划", "预期值", "计划"};
    private static final String[] ACTUAL_WORDS = {"基期", "基数", "基准", "现状", "实际", "完成", "实现", "现值"};
    /** Words of a year header that say what kind of value it is, not what is measured (2024年预算数 names no measure). */
    private static final String[] ROLE_WORDS = {
        "指标值", "指标", "目标值", "目标", "规划值", "预期值", "预计值", "预计数", "预计", "计划", "基期值", "基期", "基数", "基准值", "基准",
        "现状值", "现状", "实际值", "实际", "完成值", "完成数", "完成情况", "完成", "实现值", "预算数", "预算", "执行数", "执行", "情况",
        "规划", "预期",
        "数值", "值", "年末", "年底", "年", "末", "底", "(", ")", "（", "）", "“", "”", "\"",
    };
    /** Headers over the names of places (a row per city or county): the rows are regions, not indicators. */
    private static final Set<String> REGION_HEADERS = Set.of("地区", "城市", "市州", "市(州)", "市（州）", "州市", "县区", "区县",
            "县(市、区)", "县（市、区）", "县市区", "县(市)", "县（市）", "省份", "省区市", "地市", "区域", "行政区", "行政区划", "设区市",
            "各市", "各县", "盟市", "旗县", "乡镇", "乡镇(街道)", "乡镇（街道）");

    private HeaderClassifier() {
    }

    public static Column classify(String header) {
        String h = header == null ? "" : header.replace(" ", "").strip();
        if (h.isEmpty()) {
            return Column.of(HeaderRole.OTHER);
        }
        if (isRegionHeader(h)) {
            return Column.of(HeaderRole.NAME);
        }
        if (h.contains("属性") || h.equals("性质") || h.equals("指标性质") || h.equals("类型") && !h.contains("指标")) {
            return Column.of(HeaderRole.ATTRIBUTE);
        }
        if (h.equals("序号") || h.equals("编号") || h.equals("序")) {
            return Column.of(HeaderRole.INDEX);
        }
        // 指标（单位）, 指标名称及单位: the name column, whose cells carry their unit in brackets.
        if (h.contains("单位") && (h.startsWith("指标") || h.startsWith("名称") || h.startsWith("项目"))) {
            return Column.of(HeaderRole.NAME);
        }
        if (h.contains("单位") && !h.contains("责任") && !h.contains("牵头") && !h.contains("单位地区")) {
            return Column.of(HeaderRole.UNIT);
        }
        if (h.contains("来源") || h.contains("责任") || h.contains("牵头") || h.contains("备注") || h.contains("部门")
                || h.contains("说明") || h.contains("依据") || RANK.matcher(h).find()) {
            return Column.of(HeaderRole.OTHER);
        }
        String unit = unitIn(h);
        String bare = UNIT_IN_BRACKETS.matcher(h).replaceAll("").strip();
        if (PART_OF_YEAR.matcher(bare).matches() || PLAIN_VALUE_HEADERS.contains(bare)) {
            return new Column(HeaderRole.VALUE, null, "actual", unit, null);
        }
        Matcher range = YEAR_RANGE.matcher(h);
        Integer rangeEnd = range.find() ? Integer.valueOf(range.group(2)) : null;
        Matcher period = PLAN_PERIOD.matcher(h);
        Integer periodEnd = period.find() ? periodEnd(period.group(1)) : null;
        if (h.contains("累计") || h.contains("年均")) {
            return new Column(HeaderRole.CUMULATIVE, rangeEnd != null ? rangeEnd : periodEnd, "target",
                    unit == null && isAverageGrowth(h) ? "%" : unit, null);
        }
        if (h.contains("比上年") || h.contains("同比") || h.contains("增长") || h.contains("增减") || h.contains("增速")) {
            return new Column(HeaderRole.GROWTH, null, "actual", unit == null ? "%" : unit, null);
        }
        Matcher y = YEAR.matcher(h);
        if (rangeEnd == null && y.find()) {
            Integer year = Integer.valueOf(y.group(1));
            String rest = (h.substring(0, y.start()) + h.substring(y.end())).strip();
            // 2023年1-11月, 2024年上半年: done in part of that year, whatever the document's year.
            Matcher part = PART_OF_YEAR.matcher(rest);
            if (part.find() && !has(rest, TARGET_WORDS)) {
                String other = (rest.substring(0, part.start()) + rest.substring(part.end())).strip();
                return new Column(HeaderRole.VALUE, year, "actual", unit, suffix(other));
            }
            return new Column(HeaderRole.VALUE, year, kindIn(rest), unit, suffix(rest));
        }
        String periodRest = periodEnd == null ? null : h.substring(0, period.start()) + h.substring(period.end());
        // Only a period with role words (末, 目标, 完成情况) heads values; 十四五时期主要任务 is a heading.
        if (rangeEnd == null && periodRest != null && periodRest.length() <= 8 && suffix(periodRest) == null) {
            return new Column(HeaderRole.VALUE, periodEnd, kindIn(periodRest), unit, null);
        }
        if (has(h, TARGET_WORDS) && h.length() <= 6 || h.equals("预计") || h.equals("预计值")) {
            return new Column(HeaderRole.VALUE, null, "target", unit, null);
        }
        if (has(h, ACTUAL_WORDS) && h.length() <= 6) {
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

    /** Whether a name column's header says its rows are places (地区, 城市, 市（州）, 县（市、区）…). */
    static boolean isRegionHeader(String header) {
        String h = header == null ? "" : header.replace(" ", "").strip();
        return REGION_HEADERS.contains(h) || h.startsWith("地区") && h.length() <= 5 && !h.contains("生产");
    }

    /**
     * The measure a header names when it is neither a role nor a year ({@code 生产总值（亿元）} → 生产总值,
     * {@code 产量} → 产量), for a column whose cells turn out to be values; null for headers that name no measure
     * (绝对数, 金额, 数量 only say a value is there) or name a field of another kind.
     */
    static String measure(String header) {
        String h = header == null ? "" : header.replace(" ", "").strip();
        Column c = classify(h);
        if (c.holdsValues() || c.role() == HeaderRole.UNIT || c.role() == HeaderRole.ATTRIBUTE
                || c.role() == HeaderRole.INDEX || c.role() == HeaderRole.CATEGORY || isRegionHeader(h)
                || h.contains("来源") || h.contains("责任") || h.contains("牵头") || h.contains("备注") || h.contains("部门")
                || h.contains("说明") || h.contains("依据") || h.contains("指标") || h.contains("名称") || h.contains("/") || isScoring(h)) {
            return null;
        }
        String m = UNIT_IN_BRACKETS.matcher(h).replaceAll("").strip();
        if (m.length() < 2 || m.length() > 16 || !RowName.hasHan(m) || Set.of("金额", "数量", "数额", "合计", "总计", "小计").contains(m)) {
            return null;
        }
        return m;
    }

    /** Scoring sheets weigh and score (分值, 得分, 权重): points parametrise an evaluation, they measure nothing (GUIDELINES 8). */
    private static boolean isScoring(String h) {
        return h.contains("分值") || h.contains("得分") || h.contains("分数") || h.contains("权重") || h.contains("评分")
                || h.contains("赋分") || h.contains("计分") || h.contains("标准分");
    }

    /** The unit a header prints in brackets (增长（%）, 2025年（亿元）), or null. */
    static String unitOf(String header) {
        return unitIn(header == null ? "" : header.replace(" ", "").strip());
    }

    private static String kindIn(String rest) {
        return has(rest, TARGET_WORDS) ? "target" : has(rest, ACTUAL_WORDS) ? "actual" : null;
    }

    /** 年均增长, 年均增速, 年均递增: the column holds rates; a cumulative column (累计, 年均/累计) holds the row's unit. */
    private static boolean isAverageGrowth(String h) {
        return h.contains("年均增") || h.contains("年均递增");
    }

    private static int periodEnd(String ordinal) {
        String digits = "一二三四五六七八九";
        int n = ordinal.charAt(0) == '十' ? 10 + (ordinal.length() > 1 ? digits.indexOf(ordinal.charAt(1)) + 1 : 0)
                : digits.indexOf(ordinal.charAt(0)) + 1;
        return 1980 + 5 * (n - 5);
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
