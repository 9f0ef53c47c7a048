package org.plantrack.nlp.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.LeadCharPattern;

/**
 * The document's own date at the precision the text states it (yyyy-MM-dd, yyyy-MM or yyyy), in this order of
 * evidence: the page's publication metadata (the earliest date of the lines cleaning removed, since archive and
 * update stamps come later); a static-site front matter date; a full date in the title or the opening (a report's
 * (2021年9月26日), a law's (2001年2月16日…通过)); a dateline line of its own (a notice's signing date, a
 * communiqué's (2022年2月)); a month and day in the opening with the year the text gives itself (今年（2024年）,
 * a title's 2025年); that year alone; a periodical's issue year (2021·3). Target years (到2025年) are never dates.
 */
public final class DocumentDateFinder {

    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})(?!\\d)");
    /** OCR spreads digits apart (2 0 0 1年2月1 6日); dates are read after closing those gaps. */
    private static final Pattern SPACED_DIGITS = Pattern.compile("(?<=[\\d年月])[ \\u3000]+(?=[\\d年月日])");
    /** A line holding only a date: (2024年4月30日), 2022年4月14日, (2022年2月). */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\u3000]*[(（]?((?:19|20)\\d{2})年(\\d{1,2})月(?:(\\d{1,2})日)?[)）]?[ \\u3000]*$");
    private static final LeadCharPattern THIS_YEAR = new LeadCharPattern("今年[(（]((?:19|20)\\d{2})年?[)）]");
    private static final LeadCharPattern PLAN_YEAR = new LeadCharPattern(
            "今年是“?十([三四五六七])五”?(?:规划)?(?:的)?(收官|开局|起步|第一|最后)");
    /** A year in a title, unless it is a target (到2025年, 至2035年) or a span's end (2021—2023年). */
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<![到至—\\-~～])((?:19|20)\\d{2})年");
    /** A report states the year it plans for: 2019年经济社会发展的主要预期目标是… */
    private static final LeadCharPattern TARGETS_OF_YEAR = new LeadCharPattern(
            "((?:19|20)\\d{2})年[^。，,；]{0,12}?主要预期目标");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern ISSUE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*[·.]\\s*\\d{1,2}\\s*$", Pattern.MULTILINE);
    private static final Pattern FRONT_MATTER_DATE = Pattern.compile(
            "^-{3}.*?\\bdate:\\s*(?:[A-Z][a-z]{2},\\s*)?(\\d{1,2})\\s+([A-Z][a-z]{2})\\s+((?:19|20)\\d{2})"
            + "|^-{3}.*?\\bdate:\\s*['\"]?((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    private static final List<String> MONTHS = List.of(
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /** How far into the text a dateline line is looked for: a notice's signing date follows its short preamble. */
    private static final int DATELINE_REACH = 1500;

    private DocumentDateFinder() {
    }

    public static String find(String title, String head, List<String> removedLines, String text) {
        String t = title == null ? "" : title;
        String earliest = null;
        for (String line : removedLines) {
            Matcher m = DATE.matcher(line);
            while (m.find()) {
                String d = iso(m);
                if (earliest == null || d.compareTo(earliest) < 0) {
                    earliest = d;
                }
            }
        }
        if (earliest != null) {
            return earliest;
        }
        String firstLine = text.strip().lines().findFirst().orElse("");
        Matcher fm = FRONT_MATTER_DATE.matcher(firstLine);
        if (fm.find()) {
            return fm.group(1) != null
                    ? String.format("%s-%02d-%02d", fm.group(3), MONTHS.indexOf(fm.group(2)) + 1, Integer.parseInt(fm.group(1)))
                    : fm.group(4) + "-" + fm.group(5) + "-" + fm.group(6);
        }
        Matcher m = DATE.matcher(t);
        if (m.find()) {
            return iso(m);
        }
        String opening = SPACED_DIGITS.matcher(head.length() > 300 ? head.substring(0, 300) : head).replaceAll("");
        m = DATE.matcher(opening);
        if (m.find()) {
            return iso(m);
        }
        Matcher dl = DATELINE.matcher(text.length() > DATELINE_REACH ? text.substring(0, DATELINE_REACH) : text);
        if (dl.find()) {
            int month = Integer.parseInt(dl.group(2));
            if (month >= 1 && month <= 12) {
                return dl.group(3) == null ? String.format("%s-%02d", dl.group(1), month)
                        : String.format("%s-%02d-%02d", dl.group(1), month, Integer.parseInt(dl.group(3)));
            }
        }
        String year = ownYear(t, text);
        if (year != null) {
            Matcher md = MONTH_DAY.matcher(opening);
            if (md.find()) {
                int mo = Integer.parseInt(md.group(1));
                int d = Integer.parseInt(md.group(2));
                if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                    return String.format("%s-%02d-%02d", year, mo, d);
                }
            }
            return year;
        }
        Matcher issue = ISSUE_YEAR.matcher(opening);
        return issue.find() ? issue.group(1) : null;
    }

    /**
     * The year the text gives itself: 今年（2024年）, 2019年…主要预期目标, 今年是“十四五”开局之年, or a year in the
     * title.
     */
    private static String ownYear(String title, String text) {
        LeadCharPattern.Finder ty = THIS_YEAR.finder(text);
        if (ty.find()) {
            return ty.group(1);
        }
        LeadCharPattern.Finder tt = TARGETS_OF_YEAR.finder(text);
        if (tt.find()) {
            return tt.group(1);
        }
        LeadCharPattern.Finder py = PLAN_YEAR.finder(text);
        if (py.find()) {
            int n = "三四五六七".indexOf(py.group(1)) + 13;
            int end = 2020 + (n - 13) * 5;
            boolean last = py.group(2).equals("收官") || py.group(2).equals("最后");
            return String.valueOf(last ? end : end - 4);
        }
        Matcher m = TITLE_YEAR.matcher(title);
        return m.find() ? m.group(1) : null;
    }

    private static String iso(Matcher m) {
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
            return m.group(1);
        }
        return String.format("%s-%02d-%02d", m.group(1), mo, d);
    }
}
