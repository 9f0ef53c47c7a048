package org.plantrack.nlp.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.LeadCharPattern;

/**
 * The five-year plan period a document is mainly about: the period it names most often. Named as 十四五 /
 * 第十四个五年 (十一五 … 十七五), and the older periods as “九五”, “十五”计划, 第十个五年计划 (六五 … 十五). A bare 十五 or
 * 八五 is a number or a campaign (“八五”普法, 十五届) unless quoted or followed by 计划/时期/期间.
 */
public final class PlanPeriodDetector {

    private static final String DIGITS = "一二三四五六七八九十";
    private static final LeadCharPattern PERIOD = new LeadCharPattern(
            "十([一二三四五六七])五|第十([一二三四五六七])个五年"
            + "|第([六七八九十])个五年计划"
            + "|[“\"]([六七八九十])五[”\"](?!普法)|(?<![十第])([六七八九十])五(?:计划|时期|期间)");

    private PlanPeriodDetector() {
    }

    /** The most-named period (十四五, 十五, 九五…), or null when the text names none. */
    public static String detect(String text) {
        Map<String, Integer> counts = new HashMap<>();
        LeadCharPattern.Finder m = PERIOD.finder(text);
        while (m.find()) {
            String name;
            if (m.group(1) != null || m.group(2) != null) {
                name = "十" + (m.group(1) != null ? m.group(1) : m.group(2)) + "五";
            } else {
                String n = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
                name = n + "五";
            }
            counts.merge(name, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> startYear(e.getKey()) == null ? 0 : startYear(e.getKey())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** A five-year span in a title: 合肥市数字经济发展规划（2021—2025年）. */
    private static final Pattern SPAN = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年?\\s*[—–\\-~～至到]+\\s*((?:19|20)\\d{2})\\s*年");

    /**
     * The plan period a title's span of years covers exactly (2021—2025年 → 十四五), for a document that names no
     * period; null when the span is not one plan's five years (2021—2023年, 2018—2022年).
     */
    public static String ofSpan(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = SPAN.matcher(title);
        if (!m.find()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end - start != 4 || start < 1981 || (start - 1981) % 5 != 0) {
            return null;
        }
        int n = (start - 1981) / 5 + 6;
        return n < 10 ? DIGITS.charAt(n - 1) + "五" : n == 10 ? "十五" : "十" + DIGITS.charAt(n - 11) + "五";
    }

    /** The coming five years as a document's own horizon: 今后五年, 未来五年 (a congress report, a proposal). */
    private static final Pattern COMING_FIVE_YEARS = Pattern.compile("(?:今后|未来)五年");

    /**
     * The plan period a document's 今后五年 is, when its year makes the five years one plan's: written in a plan's
     * first year (a 2021 congress) or in the year before it (a 2020 proposal); null otherwise (a 2022 congress's five
     * years are no plan period) or when the text does not speak of the coming five years.
     */
    public static String ofComingFiveYears(String text, Integer year) {
        if (year == null || !COMING_FIVE_YEARS.matcher(text).find()) {
            return null;
        }
        int start = (year - 1981) % 5 == 0 ? year : (year - 1980) % 5 == 0 ? year + 1 : -1;
        return start < 1981 ? null : ofSpan(start + "—" + (start + 4) + "年");
    }

    /** First year of a plan period: 十四五 → 2021, 十五 → 2001, 九五 → 1996; null when not a period. */
    public static Integer startYear(String period) {
        if (period == null || !period.endsWith("五") || period.length() < 2 || period.length() > 3) {
            return null;
        }
        int n;
        if (period.length() == 2) {
            n = DIGITS.indexOf(period.charAt(0)) + 1;
        } else if (period.charAt(0) == '十') {
            n = 10 + DIGITS.indexOf(period.charAt(1)) + 1;
        } else {
            return null;
        }
        return n < 6 ? null : 1981 + (n - 6) * 5;
    }
}
