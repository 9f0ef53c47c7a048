package org.plantrack.nlp.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.number.ChineseNumeral;

/** The reference year of a value: the last year expression before it in its sentence. */
public final class Years {

    private static final Pattern YEAR = Pattern.compile(
            "(比|较|与|和|同)?(\\d(?: ?\\d){3}|20XX|20xx|[〇零○一二三四五六七八九]{4})年(以来|之前|相比|(?:不变|可比)?价)?"
            + "|(" + PlanPeriodEnd.REGEX + ")"
            + "|(今年|去年|上年|明年|当年|过去一年|本年度|上一年|(?<![当目提之以此从])前年)");

    private Years() {
    }

    /** A year expression of a sentence: where it ends and the year it gives (null for 20XX / no date). */
    record Expr(int start, int end, Integer year) {
    }

    /** All year expressions of a sentence, in order (scanned once per sentence, not once per value). */
    static java.util.List<Expr> scan(String sentence, Integer docYear) {
        java.util.List<Expr> out = new java.util.ArrayList<>();
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            Integer[] y = new Integer[1];
            if (!datesBaseline(sentence, m.start(), m.end()) && interpret(m, sentence, docYear, y)) {
                out.add(new Expr(m.start(), m.end(), y[0]));
            }
        }
        return out;
    }

    /** The year of a value starting at {@code pos}: the last expression ending before it within the window. */
    static Integer yearBefore(java.util.List<Expr> exprs, int pos, int windowStart) {
        Integer year = null;
        for (Expr e : exprs) {
            if (e.end() > pos) {
                break;
            }
            if (e.start() >= windowStart) {
                year = e.year();
            }
        }
        return year;
    }

    /** 年均增长 in the clause right before a value: a rate averaged over a span. */
    private static final Pattern AVERAGE_RATE = Pattern.compile("年均[^，,；;：:]*$");

    /**
     * The year of an average rate that states none before it: the horizon the same sentence names after it
     * (年均增长8%左右，…，到2025年…达到…), since a period average takes the period end year when the sentence
     * names the period (GUIDELINES second round 2). Null when the clause is no average or no 到/至 year follows.
     */
    static Integer averageHorizon(java.util.List<Expr> exprs, String sentence, int pos) {
        if (!AVERAGE_RATE.matcher(sentence.substring(Math.max(0, pos - 40), pos)).find()) {
            return null;
        }
        for (Expr e : exprs) {
            if (e.start() >= pos && e.year() != null && e.start() > 0
                    && "到至".indexOf(sentence.charAt(e.start() - 1)) >= 0) {
                return e.year();
            }
        }
        return null;
    }

    /** 今后五年, 未来五年, 过去五年: a span of years counted from the text's own time, not dated by a year. */
    private static final Pattern UNDATED_SPAN = Pattern.compile("(?:今后|未来|过去|近)[两三四五六七八九十]年|[两三四五六七八九十]年来|这[两三四五六七八九十]年");

    /** True when the text names a span of years counted from the document's own time (今后五年, 五年来). */
    static boolean namesUndatedSpan(String text) {
        return UNDATED_SPAN.matcher(text).find();
    }

    /** The clause of a value is an average or a total (年均增长, 累计完成, 五年共…). */
    private static final Pattern AVERAGE_OR_TOTAL = Pattern.compile("(?:年均|累计|共计|合计|总计)[^，,；;：:。]*$");
    private static final Pattern PERIOD_SPAN = Pattern.compile(PlanPeriodEnd.SPAN_REGEX);

    /**
     * The year of an average or total over a plan period the sentence names before it (十五期间，全省生产总值年均增长
     * 9% → 2005): a period average or total takes the period end year (GUIDELINES second round 2). Null otherwise.
     */
    static Integer periodTotalYear(String sentence, int pos) {
        if (!AVERAGE_OR_TOTAL.matcher(sentence.substring(Math.max(0, pos - 40), pos)).find()) {
            return null;
        }
        Matcher m = PERIOD_SPAN.matcher(sentence.substring(0, pos));
        Integer year = null;
        while (m.find()) {
            year = PlanPeriodEnd.year(m.group());
        }
        return year;
    }

    /** A plan period opening the sentence as its time frame: “十四五”期间，… / 在十三五时期， */
    private static final Pattern OPENING_PERIOD = Pattern.compile("^(?:在|到)?(" + PlanPeriodEnd.SPAN_REGEX + ")[，,]");

    /**
     * The end year of a plan period that frames the whole sentence (“十四五”期间，…力争达到6万元 → 2025): whatever the
     * sentence states for the period, it states for its end. A period named inside the sentence (…时期是…的五年)
     * frames nothing; null then.
     */
    static Integer openingPeriodYear(String sentence) {
        Matcher m = OPENING_PERIOD.matcher(sentence.stripLeading());
        return m.find() ? PlanPeriodEnd.year(m.group(1)) : null;
    }

    /** Whether the sentence has any year expression (even 20XX年 or 今年 without a document year) before pos. */
    static boolean anyBefore(java.util.List<Expr> exprs, int pos, int windowStart) {
        for (Expr e : exprs) {
            if (e.end() > pos) {
                return false;
            }
            if (e.start() >= windowStart) {
                return true;
            }
        }
        return false;
    }

    /** Sentences that set their own time frame without a year (今后五年, 五年来, 截至目前) are not dated by a heading. */
    private static final Pattern OWN_FRAME = Pattern.compile("(?:今后|未来)[两三四五六七八九十]年|五年来|过去五年|十[三四五六七]五|" + PlanPeriodEnd.REGEX + "|截至|以来|到20|至20");

    /**
     * The year a short section heading dates its content with: exactly one year expression (一、2024年工作回顾,
     * 二、2025年主要预期目标, 过去一年工作回顾 with the document year), else null (ranges such as 2021—2025年, none).
     */
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(?:19|20)\\d{2}");

    public static Integer headingYear(String heading, Integer docYear) {
        if (heading == null || heading.length() > 30) {
            return null;
        }
        java.util.List<Expr> exprs = scan(heading, docYear);
        Matcher all = FOUR_DIGIT_YEAR.matcher(heading);
        int years = 0;
        while (all.find()) {
            years++;
        }
        if (exprs.size() != 1 || years > 1 || exprs.get(0).year() == null) {
            return null;
        }
        return exprs.get(0).year();
    }

    /** Whether a sentence frames its own time span, so that a heading's year must not be applied to it. */
    static boolean ownFrame(String sentence) {
        return OWN_FRAME.matcher(sentence).find();
    }

    /**
     * 由2015年的180亿元增加到… / 从“十三五”末的48.2%提升到…: the year dates the starting value of a change, not the
     * value reached, so the value after it takes no year from it.
     */
    private static boolean datesBaseline(String s, int start, int end) {
        int b = start;
        while (b > 0 && (s.charAt(b - 1) == '“' || s.charAt(b - 1) == '"' || s.charAt(b - 1) == ' ')) {
            b--;
        }
        return b > 0 && (s.charAt(b - 1) == '由' || s.charAt(b - 1) == '从') && end < s.length() && s.charAt(end) == '的';
    }

    /**
     * The year a four-digit year expression writes: 2025, 2 0 0 5 as OCR spaces it, or 二〇三五 / 一九九五 in
     * numerals read digit by digit (GUIDELINES second round 1: years in numerals are dates).
     */
    static int yearNumber(String digits) {
        StringBuilder b = new StringBuilder(4);
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c != ' ') {
                b.append(ChineseNumeral.digit(c));
            }
        }
        return Integer.parseInt(b.toString());
    }

    private static boolean interpret(Matcher m, String left, Integer docYear, Integer[] out) {
        if (m.group(2) != null) {
            if (m.group(1) != null || m.group(3) != null) {
                return false; // comparison base (比2020年), "since" or price base (按2020年不变价) — not the value's year
            }
            String y = m.group(2);
            if (y.contains("X") || y.contains("x")) {
                out[0] = null;
                return true;
            }
            int v = yearNumber(y);
            if (v < 1949 || v > 2100) {
                return false;
            }
            out[0] = v; // 2021年9月26日 style dates still give their year
            return true;
        }
        if (m.group(4) != null) {
            out[0] = PlanPeriodEnd.year(m.group(4));
            return true;
        }
        String w = m.group(5);
        int s = m.start(5);
        if (s > 0 && "比较与同和".indexOf(left.charAt(s - 1)) >= 0) {
            return false;
        }
        out[0] = docYear == null ? null : switch (w) {
            case "去年", "上年", "过去一年", "上一年" -> docYear - 1;
            case "明年" -> docYear + 1;
            case "前年" -> docYear - 2;
            default -> docYear;
        };
        return true;
    }

    public static Integer yearOf(String left, String sentence, Integer docYear) {
        Matcher m = YEAR.matcher(left);
        Integer year = null;
        boolean found = false;
        while (m.find()) {
            if (datesBaseline(left, m.start(), m.end())) {
                continue;
            }
            if (m.group(2) != null) {
                if (m.group(1) != null || m.group(3) != null) {
                    continue; // comparison base (比2020年), "since" or price base (按2020年价格) — not the value's year
                }
                String y = m.group(2);
                if (y.contains("X") || y.contains("x")) {
                    year = null;
                    found = true;
                    continue;
                }
                int v = yearNumber(y);
                if (v < 1949 || v > 2100) {
                    continue;
                }
                // 2021年9月26日 style dates still give their year.
                year = v;
                found = true;
            } else if (m.group(4) != null) {
                year = PlanPeriodEnd.year(m.group(4));
                found = true;
            } else if (m.group(5) != null) {
                String w = m.group(5);
                int s = m.start(5);
                boolean comparison = s > 0 && "比较与同和".indexOf(left.charAt(s - 1)) >= 0;
                if (comparison) {
                    continue;
                }
                if (docYear == null) {
                    year = null;
                } else {
                    year = switch (w) {
                        case "去年", "上年", "过去一年", "上一年" -> docYear - 1;
                        case "明年" -> docYear + 1;
                        case "前年" -> docYear - 2;
                        default -> docYear;
                    };
                }
                found = true;
            }
        }
        return found ? year : null;
    }

}
