package org.plantrack.nlp.classify;

import static org.plantrack.nlp.text.CjkChars.HAN_CLASS;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The genre of a document (labels of the metadata guidelines), from its title first and its opening second. A
 * title that ends with the name of a kind of document (…的建议, …规划纲要, …的通知) is that document; a headline that
 * only mentions one (…审议通过“十五五”规划建议) is news about it, except for government work reports, whose news
 * summaries count as the report.
 */
public final class GenreClassifier {

    public static final String PLAN_OUTLINE = "plan_outline";
    public static final String PLAN_PROPOSAL = "plan_proposal";
    public static final String GOVERNMENT_WORK_REPORT = "government_work_report";
    public static final String PARTY_CONGRESS_REPORT = "party_congress_report";
    public static final String SPEECH = "speech";
    public static final String EDITORIAL = "editorial";
    public static final String NEWS = "news";
    public static final String STATISTICAL_COMMUNIQUE = "statistical_communique";
    public static final String SECTOR_PLAN = "sector_plan";
    public static final String OTHER = "other";

    private static final Pattern WORK_REPORT = Pattern.compile("政府工作报告|报告政府工作|作《?政府工作报告");
    private static final Pattern COMMUNIQUE = Pattern.compile("统计公报");
    /** A communiqué without its title still opens like one: 一、综合, then 全年全省… 比上年. */
    private static final Pattern COMMUNIQUE_BODY = Pattern.compile("(?:^|\\n)\\s*一[、.]\\s*综合\\s*(?:\\n|$)");
    private static final Pattern OUTLINE = Pattern.compile("(?:规划|计划)(?:和[^\\n]{0,20})?纲要[”\"》)）]*$|五年(?:规划|计划)纲要");
    private static final Pattern PROPOSAL = Pattern.compile("(?:规划|五年计划)[^\\n]{0,20}的?建议[”\"》)）]*(?:的说明)?$");
    private static final Pattern CONGRESS = Pattern.compile("代表大会上的报告|党代会(?:工作)?报告|代表大会报告");
    private static final Pattern SPEECH_TITLE = Pattern.compile("讲话|致辞|(?:会议?|会上)的?发言");
    private static final Pattern EDITORIAL_MARK = Pattern.compile("社论|评论员|时评|述评|短评");
    /** News markers in the opening: a reporter, a dateline (8月20日电, 南都讯), a news column. */
    private static final Pattern NEWS_MARK = Pattern.compile(
            "记者|\\S{2}讯|\\d{1,2}月\\d{1,2}日电|【[^】]{0,8}(?:新闻|报道)】|新闻网|新闻发布会|据悉|获悉|解读|报道|日报|新华社");
    /**
     * Unsigned commentary urges the cadres (各级各部门要…) without a speaker's salutation; the guidelines file it as
     * an editorial.
     */
    private static final Pattern URGING = Pattern.compile("各级各部门(?:既|都|必须|务必|要)|各级党委和政府(?:要|必须)");
    /** The report itself is titled …代表大会上的报告; anything else naming it in a title is about it. */
    private static final Pattern CONGRESS_TITLE = Pattern.compile("^[^，,]{0,40}代表大会上的报告[)）]?$");
    /** The opening says the report was delivered or quotes it: 市长作政府工作报告时提出, 《政府工作报告》显示. */
    private static final Pattern WORK_REPORT_DELIVERED = Pattern.compile(
            "作[省市县区]?(?:人民)?政府工作报告|作《政府工作报告》|报告政府工作|政府工作报告》?(?:提出|指出|显示|明确|强调|披露)");
    private static final Pattern CONGRESS_SUBTITLE = Pattern.compile("——\\s*在[^\\n]{2,40}代表大会上的报告");
    private static final Pattern SPEECH_SUBTITLE = Pattern.compile("——\\s*在[^\\n]{2,40}上的(?:讲话|致辞|发言)");
    /** A headline states a figure or a claim (长沙…比重要超45%); a document's own name does not. */
    private static final Pattern HEADLINE = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:%|万|亿|个|家|元|吨)|[，,!！?？]");
    /**
     * A plan of one sector (林业发展规划, 交通运输“十四五”规划, its main-indicator table), not of the whole economy and
     * society; an action plan or a set of policies issued by a government office is one too.
     */
    private static final Pattern SECTOR = Pattern.compile(
            "(?:林业|草原|农业|农村|水利|交通|能源|电力|教育|卫生|健康|体育|文化|旅游|科技|工业|信息化|互联网|数字|生态环境|环境保护"
            + "|自然资源|国土|城乡建设|住房|商务|物流|民政|养老|人才|就业|应急|安全生产|粮食|海洋|渔业|气象|医疗|产业)"
            + "[^\\n，。]{0,12}(?:规划|指标表|行动计划|实施方案)");
    /**
     * A plan named for a topic (…“十四五”城市更新规划（征求意见稿）, …现代物流业发展专项规划) is a special plan of one
     * field, whatever the field: a whole-economy plan is a 纲要 or names 国民经济和社会发展.
     */
    private static final Pattern TOPIC_PLAN = Pattern.compile(
            "[”\"》五年省市县区州盟旗]([" + HAN_CLASS + "]{2,16})规划[”\"》]*(?:[(（][^)）]{1,12}[)）])?[”\"》]*$");
    private static final Pattern WHOLE_ECONOMY = Pattern.compile("国民经济和社会发展");
    /**
     * A headline reporting what was done to a document (市委全会审议通过“十五五”规划建议, 国务院印发“十四五”旅游业发展规划)
     * is news about it; the document's own title names it without such a verb, and a notice that issues it ends
     * with 通知.
     */
    private static final Pattern REPORTED = Pattern.compile(
            "(?:审议通过|印发|发布|出台|公布|出炉|编制完成)[^\\n，,]{0,30}?(?:规划|纲要|建议|计划|公报|方案|报告)");
    /**
     * A headline that names the document first and what happened to it last (…“十四五”规划纲要正式发布,
     * 《…规划》全文发布) is news about it as much as 印发…规划 is.
     */
    private static final Pattern REPORTED_AFTER = Pattern.compile(
            "(?:规划|纲要|建议|计划|公报|方案|报告)[”\"》)）]*(?:正式|全文|近日|日前)?(?:发布|出台|公布|出炉|印发|获批|亮相)$");
    /**
     * A report on how a plan is carried out (…规划纲要实施中期评估的报告, …规划实施情况的报告) is not the plan: the
     * guidelines file assessments under other.
     */
    private static final Pattern ASSESSMENT = Pattern.compile(
            "(?:规划|纲要)[”\"》)）]*(?:实施)?(?:中期评估|终期评估|总结评估|评估|实施情况)[^\\n]{0,6}$");
    /**
     * A web page's publication line (发布时间：…, 来源：…, 2024-01-30 09:15 四川日报) that cleaning removed: under a
     * headline that names no document it marks a news item, which is how sites publish news.
     */
    private static final Pattern PAGE_STAMP = Pattern.compile(
            "(?:发布时间|发布日期|日期|时间|来源|信息来源|文章来源)\\s*[:：]|(?:19|20)\\d{2}[-年]\\d{1,2}[-月]\\d{1,2}日?\\s+\\d{1,2}:\\d{2}");
    /**
     * A document's own name ends with its kind (…的通知, …情况分析, …规划, …规划（征求意见稿）); a news headline does
     * not.
     */
    private static final Pattern DOCUMENT_NAME = Pattern.compile(
            "(?:" + TitleFinder.GENRE_NOUN.pattern() + "|分析|情况|评估|细则|指南|公告|公示|目录|白皮书|年鉴|表)[”\"》]*(?:[(（][^)）]{1,16}[)）])?[”\"》]*$|^关于");
    private static final Pattern OWN_NAME_FORM = Pattern.compile("^关于|(?:通知|意见|决定|决议|说明|办法|批复|函)[”\"》)）]*$");
    /** The main-indicator table of a whole-economy plan (“十四五”时期经济社会发展主要指标) takes the outline's genre. */
    private static final Pattern OUTLINE_TABLE = Pattern.compile("(?:经济社会|国民经济和社会)发展[^\\n]{0,8}主要指标");
    private static final Pattern ANNUAL_PLAN = Pattern.compile("(?:19|20)\\d{2}年(?:度)?国民经济和社会发展计划");

    private GenreClassifier() {
    }

    /**
     * @param title the document's title, or null
     * @param head  the opening of the cleaned text
     * @param text  the whole cleaned text
     */
    public static String classify(String title, String head, String text) {
        return classify(title, head, text, List.of());
    }

    /**
     * @param removedLines page metadata lines cleaning removed (publication time, source)
     */
    public static String classify(String title, String head, String text, List<String> removedLines) {
        String t = title == null ? "" : title;
        // the lines around the title: a ——subtitle (——在…代表大会上的报告) names the genre the slogan title does not
        String top = head.substring(0, Math.min(head.length(), 200));
        boolean news = NEWS_MARK.matcher(head).find();
        if (COMMUNIQUE.matcher(t).find()) {
            // 统计局发布2023年统计公报：GDP增长5.2% is news about one
            return HEADLINE.matcher(t).find() ? NEWS : STATISTICAL_COMMUNIQUE;
        }
        if (t.isEmpty() && COMMUNIQUE_BODY.matcher(head).find()) {
            return STATISTICAL_COMMUNIQUE;
        }
        if (EDITORIAL_MARK.matcher(t).find() || EDITORIAL_MARK.matcher(top.substring(0, Math.min(40, top.length()))).find()) {
            return EDITORIAL;
        }
        if (WORK_REPORT.matcher(t).find() || WORK_REPORT_DELIVERED.matcher(head).find() && !CONGRESS.matcher(t).find()) {
            // the report itself, or a news summary of it (it says the report was delivered or what it states)
            return GOVERNMENT_WORK_REPORT;
        }
        if ((REPORTED.matcher(t).find() || REPORTED_AFTER.matcher(t).find()) && !OWN_NAME_FORM.matcher(t).find()) {
            return NEWS;
        }
        if (ASSESSMENT.matcher(t).find()) {
            return OTHER;
        }
        if (t.contains("说明") && PROPOSAL.matcher(t.replaceAll("》", "")).find() || PROPOSAL.matcher(t).find()) {
            return PLAN_PROPOSAL;
        }
        if (OUTLINE.matcher(t).find() || OUTLINE_TABLE.matcher(t).find()) {
            return PLAN_OUTLINE;
        }
        if (CONGRESS_SUBTITLE.matcher(top).find() || CONGRESS_TITLE.matcher(t).find()) {
            return PARTY_CONGRESS_REPORT;
        }
        if (CONGRESS.matcher(t).find()) {
            // a headline about the report (解读市第十三次党代会工作报告) is news
            return NEWS;
        }
        if (SPEECH_TITLE.matcher(t).find() || SPEECH_SUBTITLE.matcher(top).find() || head.strip().startsWith("同志们")) {
            return SPEECH;
        }
        if (ANNUAL_PLAN.matcher(t).find()) {
            return OTHER;
        }
        String opening = text.substring(0, Math.min(text.length(), 3000));
        boolean urging = URGING.matcher(opening).find() && !opening.contains("同志们");
        if (news || (!t.isEmpty() && HEADLINE.matcher(t).find()) || publishedHeadline(t, removedLines) && !urging) {
            return NEWS;
        }
        String th = t + "\n" + head;
        Matcher topic = TOPIC_PLAN.matcher(t);
        if (topic.find() && !topic.group(1).equals("发展") && !WHOLE_ECONOMY.matcher(t).find()) {
            return SECTOR_PLAN;
        }
        if (SECTOR.matcher(th).find() && !WHOLE_ECONOMY.matcher(t).find()) {
            return SECTOR_PLAN;
        }
        if (urging) {
            return EDITORIAL;
        }
        return OTHER;
    }

    /**
     * A page with a publication line whose title is a headline, not a document's name (commentary urging the
     * cadres, published the same way, stays an editorial).
     */
    private static boolean publishedHeadline(String title, List<String> removedLines) {
        if (title.isEmpty() || DOCUMENT_NAME.matcher(title).find()) {
            return false;
        }
        return removedLines.stream().anyMatch(line -> PAGE_STAMP.matcher(line).find());
    }
}
