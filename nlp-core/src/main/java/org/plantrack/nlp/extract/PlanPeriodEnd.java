package org.plantrack.nlp.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a named five-year plan period as a year (GUIDELINES second round 2): 十四五末 → 2025, and the older
 * periods alike, whether written short (“九五”末, “十五”期末, 十一五末, 十二五收官) or in full (第十个五年计划期末,
 * 第十二个五年规划末). The n-th plan ends in 1980 + 5·(n − 5): 六五 → 1985 … 十五 → 2005 … 十五五 → 2030.
 * Only an end is a year; a period on its own (十五期间, 十五届, 八五普法) is not, so a bare 十五 is never read as
 * one without 末/期末/收官 after it. OCR'd text quotes with ASCII quotes and spaces ({@code " 十五 " 末}), which
 * are allowed between the parts.
 */
public final class PlanPeriodEnd {

    /** The period's ordinal (十, 十一 … 十七, 六 … 九) in group "n". */
    private static final String PERIOD = "(?:第(?<full>十[一二三四五六七]?|[六七八九])个五年(?:计划|规划)?"
            + "|(?<![一二三四五六七八九十百千〇零])[“\"]?\\s?(?<short>十[一二三四五六七]|[六七八九十])五\\s?[”\"]?\\s?(?:计划|规划)?)";

    /** A period end, for embedding into other patterns (no capturing groups). */
    public static final String REGEX = PERIOD.replace("?<full>", "?:").replace("?<short>", "?:") + "\\s?(?:期末|末|收官)";

    /** A period named as a span (十五期间, “十二五”时期, 第十个五年计划期间): its averages and totals end with it. */
    public static final String SPAN_REGEX = PERIOD.replace("?<full>", "?:").replace("?<short>", "?:") + "\\s?(?:期间|时期|规划期|计划期)";

    private static final Pattern NAMED = Pattern.compile(PERIOD + "\\s?(?:期末|末|收官|期间|时期|规划期|计划期)");
    private static final String DIGITS = "一二三四五六七八九";

    private PlanPeriodEnd() {
    }

    /** The end year of the period {@code text} names (a match of {@link #REGEX} or {@link #SPAN_REGEX}), else null. */
    public static Integer year(String text) {
        Matcher m = NAMED.matcher(text);
        if (!m.find()) {
            return null;
        }
        String n = m.group("full") != null ? m.group("full") : m.group("short");
        int ordinal = n.charAt(0) == '十' ? 10 + (n.length() > 1 ? DIGITS.indexOf(n.charAt(1)) + 1 : 0)
                : DIGITS.indexOf(n.charAt(0)) + 1;
        return 1980 + 5 * (ordinal - 5);
    }
}
