package org.plantrack.nlp.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** actual vs target, from the words before the value, the year, the paragraph and the section. */
final class Kinds {

    private static final Pattern TARGET = Pattern.compile(
            "力争|争取|确保|目标|预期(?!之外)|计划|规划期末|将(?:达到|实现|突破|超过|增长|提高|提升|下降|降低|建成|新增|完成|保持|控制)|将|"
            + "要(?!求|素|点|件|闻)|有望|今后五年|未来五年|届时|(?:到|至)(?:\\d{4}|20XX)年|(?:到|至)?“?十[三四五六七]五”?(?:规划)?(?:期末|末)|"
            + "二〇三五年|2035年|努力|预计(?=.*(?:\\d{4})年)");
    private static final Pattern ACTUAL = Pattern.compile(
            "目前|现在|当前|已经|已|累计|完成了|实现了|达到了|过去五年|五年来|这五年|十三五(?:时期|期间|以来)|去年|上年|截至|截止|"
            + "同比|比上年|较上年|先后|建成|首次|荣获|获批|获评|连续|以来|增加到|提高到|提升到|由|从");
    private static final Pattern PLAN_TARGET = Pattern.compile("目标是|主要预期目标|主要目标|预期目标|目标任务|主要指标|奋斗目标|发展目标");
    private static final Pattern PLAN_ACTUAL = Pattern.compile("过去五年|五年来|这五年|回顾|主要成就|取得的成就|成绩");

    private Kinds() {
    }

    static String kindOf(String left, String sentence, Mention m, Integer year, Integer docYear,
            String sectionKind, String paragraphKind) {
        // The year decides when it is clearly past or future relative to the document.
        if (year != null && docYear != null) {
            if (year < docYear) {
                return "actual";
            }
            if (year > docYear) {
                return "target";
            }
        }
        // The last cue before the value wins (…目前…，到2025年… → target).
        int t = lastMatch(TARGET, left), a = lastMatch(ACTUAL, left);
        if (left.contains("预计") && year == null && t == left.lastIndexOf("预计")) {
            t = -1;
        }
        if (t >= 0 || a >= 0) {
            if (t > a) {
                return "target";
            }
            return "actual";
        }
        if (year != null && docYear != null && year.equals(docYear)) {
            // Current year without cue: a report at the start of the year states goals.
            return sectionKind != null ? sectionKind : paragraphKind != null ? paragraphKind : "target";
        }
        String after = sentence.substring(Math.min(sentence.length(), m.end));
        if (TARGET.matcher(after).find() && !ACTUAL.matcher(after).find()) {
            return "target";
        }
        if (paragraphKind != null) {
            return paragraphKind;
        }
        if (sectionKind != null) {
            return sectionKind;
        }
        if (year != null && docYear == null) {
            return year >= 2025 ? "target" : "actual";
        }
        return "actual";
    }

    static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** A sentence that announces the kind of what follows in its paragraph (…主要预期目标是：). */
    static String paragraphCue(String s) {
        if (PLAN_TARGET.matcher(s).find()) {
            return "target";
        }
        if (PLAN_ACTUAL.matcher(s).find()) {
            return "actual";
        }
        return null;
    }

    /** The kind a section heading implies, or null. */
    static String sectionCue(String heading) {
        if (heading == null) {
            return null;
        }
        if (Pattern.compile("目标|展望|今后五年|未来五年|任务|打算|安排|建议|举措|重点工作|二〇三五|2035").matcher(heading).find()) {
            return "target";
        }
        if (Pattern.compile("回顾|成就|成效|过去|五年来|总结|进展|成绩").matcher(heading).find()) {
            return "actual";
        }
        return null;
    }
}
