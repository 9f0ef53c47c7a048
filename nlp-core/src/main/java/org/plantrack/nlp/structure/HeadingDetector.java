package org.plantrack.nlp.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.CjkChars;

/**
 * Recognises headings and their levels: 一、 (1), （一） (2), 1． / 1、 (3), 第一， / 其一， / 一要 (3),
 * —— items (4), and short lines without sentence punctuation (topic lines, level 1).
 */
public final class HeadingDetector {

    private static final String CN = "一二三四五六七八九十";
    private static final Pattern L1 = Pattern.compile("^[" + CN + "]{1,3}[、．.]");
    private static final Pattern CHAPTER = Pattern.compile("^第[" + CN + "百零\\d]{1,4}[章篇编部分]");
    private static final Pattern SECTION = Pattern.compile("^第[" + CN + "\\d]{1,3}节");
    private static final Pattern L2 = Pattern.compile("^[（(][" + CN + "]{1,3}[)）]");
    private static final Pattern L3 = Pattern.compile("^\\d{1,2}(?:[．、]|\\.(?!\\d))");
    private static final Pattern L3B = Pattern.compile("^(?:(?:第[" + CN + "]{1,3}|其[" + CN + "]{1,2}|首先|其次|最后)[，,：:、]|[" + CN + "]要(?=[" + CjkChars.HAN_CLASS + "]))");
    private static final Pattern L3C = Pattern.compile("^[（(]\\d{1,2}[)）]");
    private static final Pattern ITEM = Pattern.compile("^[—-]{2}");

    private HeadingDetector() {
    }

    /** Heading level of a paragraph line, 0 when it is not a heading. */
    public static int level(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return 0;
        }
        if (CHAPTER.matcher(t).find()) {
            return 1;
        }
        if (L1.matcher(t).find()) {
            return 1;
        }
        if (L2.matcher(t).find() || SECTION.matcher(t).find()) {
            return 2;
        }
        if (L3.matcher(t).find() || L3B.matcher(t).find() || L3C.matcher(t).find()) {
            return 3;
        }
        if (ITEM.matcher(t).find()) {
            return 4;
        }
        if (isTopicLine(t)) {
            return 1;
        }
        return 0;
    }

    /**
     * The first sentence of a paragraph when it is a short topic statement without numbers or commas
     * (≤ 16 characters, ending in 。) followed by at least 40 more characters; null otherwise.
     */
    public static String topicSentence(String line) {
        String t = line.strip();
        int stop = t.indexOf('。');
        if (stop < 4 || stop > 16 || t.length() - stop < 40) {
            return null;
        }
        String first = t.substring(0, stop);
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (Character.isDigit(c) || "，,；;：:".indexOf(c) >= 0) {
                return null;
            }
        }
        return first;
    }

    /** A short line without sentence punctuation: a title-like topic line. */
    public static boolean isTopicLine(String t) {
        if (t.length() < 2 || t.length() > 30) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("。；;！!？?，,|".indexOf(c) >= 0) {
                return false;
            }
        }
        return CjkChars.hasHan(t);
    }

    private static final Pattern NON_HEADING = Pattern.compile(
            "^[(（][^()（）]*\\d{4}年[^()（）]*[)）]$|^[" + CjkChars.HAN_CLASS + "]{1,6}[:：]$|^[—-]{2}.{0,20}在.*(?:会议|大会|会)上(?:的.*)?$");

    /** Dated lines "(2021年9月26日)", salutations "同志们：" and "——在…大会上的报告" subtitles are not headings. */
    public static boolean isNonHeading(String line) {
        return NON_HEADING.matcher(line.strip()).matches();
    }

    /** A line of two to four Han characters (often spaced out) near the top: an author or speaker. */
    public static boolean isPersonName(String line) {
        String compact = line.replace(" ", "").replace("\u3000", "").strip();
        if (compact.length() < 2 || compact.length() > 4) {
            return false;
        }
        if (!CjkChars.allHan(compact)) {
            return false;
        }
        return line.strip().contains(" ") || compact.length() <= 3;
    }

    private static final Pattern NUMBERED_LEAD = Pattern.compile("^(?:[" + CN + "]{1,3}、|[（(][" + CN + "]{1,3}[)）]|\\d{1,2}[．.、]|第[" + CN + "]{1,3}[，,、]|其[" + CN + "]{1,2}[，,])");

    /**
     * The heading text of a numbered paragraph: the whole line when short, else its first sentence or its
     * lead-in up to the first full stop (1.“十三五”发展取得的巨大成就。…).
     */
    public static String headingText(String line) {
        String t = line.strip();
        if (t.length() <= 40) {
            return t;
        }
        Matcher m = NUMBERED_LEAD.matcher(t);
        int from = m.find() ? m.end() : 0;
        for (int i = from; i < t.length() && i < from + 60; i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '：' || c == ':') {
                return t.substring(0, i);
            }
        }
        return t.substring(0, Math.min(t.length(), from + 30));
    }
}
