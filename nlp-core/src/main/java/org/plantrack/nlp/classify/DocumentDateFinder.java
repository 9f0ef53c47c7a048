package org.plantrack.nlp.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.LeadCharPattern;

/**
 * The document's own date at the precision the text states it (yyyy-MM-dd, yyyy-MM or yyyy), in this order of
 * evidence: the document's own dateline in its opening (a report's (2021年9月26日) or ——2021年1月25日在…会议上, a
 * plan's (2001年2月16日…会议通过), a communiqué's (2022年2月)) or a signature (an issuing body's line, then a date
 * line: a notice's 成文日期), which the guidelines put before any page date; the page's publication metadata (the
 * earliest date of the lines cleaning removed, since archive and update stamps come later); a static-site front
 * matter date; a full date in the title or the opening that does not open a span or set a deadline (2023年4月30日前,
 * 截至2022年12月31日); a dateline line of its own; a month and day in the opening with the year the text gives
 * itself (今年（2024年）, a title's 2025年); that year alone; a periodical's issue year (2021·3). Dates in Chinese
 * numerals (二〇二一年一月二十五日) are read as digits. Target years (到2025年) are never dates.
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
    /** How far a signature (issuer line, then date line) is looked for: after a notice, before what it forwards. */
    private static final int SIGNATURE_REACH = 3000;
    private static final int OPENING = 300;

    private static final String YMD = "((?:19|20)\\d{2})年(\\d{1,2})月(?:(\\d{1,2})日)?";
    /**
     * The document's own dateline in its opening, which a page date does not override: a date alone in brackets
     * ((2021年9月26日), (2022年2月)) or a full date alone (2023年2月3日 under a speech's title), an adoption note
     * ((2001年2月16日…会议通过)), a ——subtitle or line dating a delivery (——2021年1月25日在…会议上).
     */
    private static final Pattern OWN_DATELINE = Pattern.compile(
            "(?m)^[ \\u3000]*[(（]\\s*" + YMD + "\\s*[)）][ \\u3000]*$"
            + "|[(（]\\s*" + YMD + "[^)）\\n]{0,40}?(?:通过|批准)\\s*[)）]"
            + "|(?:——|^)[ \\u3000]*" + YMD + "\\s*在[^\\n]{2,50}?(?:会议?|大会)上"
            + "|^[ \\u3000]*((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日[ \\u3000]*$");
    /** A signature: a line ending with an issuing body, then a date alone (a notice's 成文日期, a bureau's release). */
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?m)^[^\\n。；，：:]{0,60}(?:人民政府|政府|国务院|办公室|办公厅|委员会|局|委|厅)[ \\u3000]*\\n[ \\u3000]*[(（]?"
            + YMD + "[)）]?[ \\u3000]*$");
    /** A date that opens a span or sets a deadline (2023年4月30日前, 截至2022年底) is not the document's. */
    private static final Pattern SPAN_AFTER = Pattern.compile("^\\s*(?:前|之前|以前|止|起|以来|至|到|—|－|-|~|～)");
    private static final Pattern SPAN_BEFORE = Pattern.compile("(?:截至|截止|到|至|从|自)\\s*$");

    private DocumentDateFinder() {
    }

    public static String find(String title, String head, List<String> removedLines, String text) {
        String t = ChineseNumeralDates.toArabic(title == null ? "" : title);
        String reach = ChineseNumeralDates.toArabic(text.length() > SIGNATURE_REACH ? text.substring(0, SIGNATURE_REACH) : text);
        String opening = SPACED_DIGITS.matcher(ChineseNumeralDates.toArabic(head.length() > OPENING ? head.substring(0, OPENING) : head))
                .replaceAll("");
        // A document that dates itself keeps its date; the page's date is only the main value when it does not.
        String own = firstOf(OWN_DATELINE, opening);
        if (own == null) {
            own = firstOf(SIGNATURE, reach);
        }
        if (own != null) {
            return own;
        }
        String earliest = null;
        for (String line : removedLines) {
            Matcher m = DATE.matcher(ChineseNumeralDates.toArabic(line));
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
        m = DATE.matcher(opening);
        while (m.find()) {
            if (!SPAN_AFTER.matcher(opening.substring(m.end())).find()
                    && !SPAN_BEFORE.matcher(opening.substring(Math.max(0, m.start() - 3), m.start())).find()) {
                return iso(m);
            }
        }
        Matcher dl = DATELINE.matcher(reach.length() > DATELINE_REACH ? reach.substring(0, DATELINE_REACH) : reach);
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

    /** The first date the pattern finds (its three date groups are the first non-null ones), or null. */
    private static String firstOf(Pattern p, String s) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            for (int g = 1; g + 1 <= m.groupCount(); g += 3) {
                if (m.group(g) != null) {
                    int month = Integer.parseInt(m.group(g + 1));
                    if (month < 1 || month > 12) {
                        break;
                    }
                    return m.group(g + 2) == null ? String.format("%s-%02d", m.group(g), month)
                            : String.format("%s-%02d-%02d", m.group(g), month, Integer.parseInt(m.group(g + 2)));
                }
            }
        }
        return null;
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
