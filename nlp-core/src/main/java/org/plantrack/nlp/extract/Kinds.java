package org.plantrack.nlp.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.LeadCharPattern;

/**
 * actual vs target, from the words before the value, the year, the paragraph and the section. The cue patterns
 * run over every sentence with a value, so they are searched only where a cue word can start.
 */
final class Kinds {

    private static final LeadCharPattern TARGET = new LeadCharPattern(
            "力争|争取|确保|目标|预期(?!之外)|计划(?:到|在|于|实现|完成|新增|建设|投资)|规划期末|规划期内|规划期间|(?<![即必])将(?!军|近)|"
            + "(?<![重主需必只纪提摘首紧想纲概扼险政显次])要(?![求素点件闻害务领])|有望|可望|(?:今后|未来)[两三四五六七八九十]年|届时|(?<![截高升加长降少大])(?:到|至)(?:\\d{4}|20XX)年|预计全年|全年预计|"
            + "(?<![由从“\"])(?:到|至)?" + PlanPeriodEnd.REGEX + "|二〇三五年|2035年|努力");
    private static final LeadCharPattern ACTUAL = new LeadCharPattern(
            "目前|现在|当前|已经|已|累计|完成了|实现了|达到了|过去五年|五年来|这五年|十三五(?:时期|期间|以来)|"
            + "(?<![比较与同和])(?:去年|上年|前年)|截至|截止|先后|首次|荣获|获批|获评|连续|以来|同比|"
            + "前三季度|上半年|[一二三四]季度|前[两三四五六七八九十]个月|\\d{1,2}[-—至~]\\d{1,2}月");
    private static final LeadCharPattern PLAN_TARGET = new LeadCharPattern(
            "目标是|目标为|具体目标(?![、和])|目标如下|主要预期目标(?![、和])|主要目标(?:是|为|[:：])|预期目标是|(?:到|至)" + PlanPeriodEnd.REGEX + "|今后五年|未来五年|(?<![截高升加长降少大])(?:到|至)20[2-9]\\d年");
    private static final LeadCharPattern PLAN_ACTUAL = new LeadCharPattern("过去五年|五年来|这五年|工作回顾");

    /**
     * 增长目标为6%, 目标是达到80%: the clause names the value a goal, which stays a target even for a year the
     * document already looks back on (a report quoting last year's goal).
     */
    private static final Pattern STATED_GOAL = Pattern.compile("目标值?(?:为|是|定为|设定为)(?:达到|达)?$");

    private Kinds() {
    }

    /** Start/end of every target and actual cue of a sentence (scanned once per sentence). */
    record Cues(int[][] target, int[][] actual) {
        static Cues of(String s) {
            return new Cues(spans(TARGET, s), spans(ACTUAL, s));
        }

        private static int[][] spans(LeadCharPattern p, String s) {
            java.util.List<int[]> l = new java.util.ArrayList<>();
            LeadCharPattern.Finder m = p.finder(s);
            while (m.find()) {
                l.add(new int[] {m.start(), m.end()});
            }
            return l.toArray(new int[0][]);
        }

        /** Start of the last cue lying within [from, to), relative to from; -1 when none. */
        static int last(int[][] spans, int from, int to) {
            int best = -1;
            for (int[] x : spans) {
                if (x[0] >= to) {
                    break;
                }
                if (x[0] >= from && x[1] <= to) {
                    best = x[0] - from;
                }
            }
            return best;
        }
    }

    static String kindOf(String left, String sentence, Mention m, Integer year, Integer docYear,
            String sectionKind, String paragraphKind) {
        return kindOf(left, sentence, m, year, docYear, sectionKind, paragraphKind, null, 0);
    }

    /**
     * @param left      the window of the sentence before the value
     * @param cues      the sentence's cues, or null to scan {@code left}
     * @param leftStart where {@code left} starts in the sentence
     */
    static String kindOf(String left, String sentence, Mention m, Integer year, Integer docYear,
            String sectionKind, String paragraphKind, Cues cues, int leftStart) {
        if (STATED_GOAL.matcher(left).find()) {
            return "target";
        }
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
        int t = cues == null ? lastMatch(TARGET.pattern(), left) : Cues.last(cues.target(), leftStart, leftStart + left.length());
        int a = cues == null ? lastMatch(ACTUAL.pattern(), left) : Cues.last(cues.actual(), leftStart, leftStart + left.length());
        // 预计 for the current year is a goal; for an unstated year the section decides.
        if (year != null && docYear != null && year.equals(docYear) && left.contains("预计")) {
            t = Math.max(t, left.lastIndexOf("预计"));
        }
        if (t >= 0 && a > t && left.startsWith("累计", a)) {
            // 今后五年…城镇新增就业累计达到10万人: a total says nothing of time; inside a frame that looks ahead it is
            // the total aimed at.
            return "target";
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
        // A cue right after the value in the same clause (…500亿元的目标).
        int from = Math.min(sentence.length(), m.end);
        int cut = from;
        while (cut < sentence.length() && cut - from < 60 && "，,；;。：:".indexOf(sentence.charAt(cut)) < 0) {
            cut++;
        }
        String after = sentence.substring(from, cut);
        if (TARGET.foundIn(after) && !ACTUAL.foundIn(after)) {
            return "target";
        }
        if (paragraphKind != null) {
            return paragraphKind;
        }
        if (sectionKind != null) {
            return sectionKind;
        }
        return Imperatives.isTask(sentence, m.start) ? "target" : "actual";
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
        if (!(s.contains("目标") || s.contains("五年") || s.contains("到") || s.contains("至") || s.contains("回顾"))) {
            return null;
        }
        if (PLAN_TARGET.foundIn(s)) {
            return "target";
        }
        if (PLAN_ACTUAL.foundIn(s)) {
            return "actual";
        }
        return null;
    }

    /** A cue sentence ending a lead-in with a colon: the list it opens may span several lines. */
    static boolean introducesList(String s) {
        return LIST_INTRO.matcher(s).find();
    }

    private static final Pattern LIST_INTRO = Pattern.compile("(?:是|如下|为)[:：]");

    /** 第二，要打好碧水保卫战 / 一要… / 二是要…: a heading that tells what must be done looks ahead. */
    private static final Pattern IMPERATIVE_HEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十]+[，,、]\\s*|其[一二三四五六七八九十][，,、]\\s*|[一二三四五六七八九十]+是?|\\d+[.．、]\\s*)?(?:要|必须|务必)");

    private static final Pattern TARGET_HEADING = Pattern.compile("目标|展望|今后五年|未来五年|任务|打算|安排|建议|举措|重点工作|二〇三五|2035");
    private static final Pattern ACTUAL_HEADING = Pattern.compile("回顾|成就|成效|过去|五年来|总结|进展|成绩");

    /**
     * The kind a section heading implies, or null. A heading that states a value (长沙未来五年数字经济占GDP比重要超45%)
     * is a news headline about one figure, not a label of what its section holds: it implies nothing for the rest.
     * An imperative heading (第一，要…) still looks ahead, whatever figures follow it on its line.
     */
    static String sectionCue(String heading) {
        if (heading == null) {
            return null;
        }
        if (IMPERATIVE_HEADING.matcher(heading).find()) {
            return "target";
        }
        if (!NumberMentions.mentions(heading).isEmpty()) {
            return null;
        }
        if (TARGET_HEADING.matcher(heading).find()) {
            return "target";
        }
        if (ACTUAL_HEADING.matcher(heading).find()) {
            return "actual";
        }
        return null;
    }
}
