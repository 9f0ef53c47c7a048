package org.plantrack.nlp.classify;

import static org.plantrack.nlp.text.CjkChars.HAN_CLASS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.structure.HeadingDetector;
import org.plantrack.nlp.text.CjkChars;

/**
 * The document's own title: the first title-like line before the body starts, skipping what web pages and PDFs put
 * above it (site names, navigation, ads, index tables, citation codes, page and issue markers, column tags, date
 * lines, author names). A title a page or PDF split over lines is joined; a ——subtitle is not part of it.
 * A document whose body starts before any title line (各位代表：, an excerpt) has none.
 */
public final class TitleFinder {

    /** How many lines above the body are searched: page chrome can be long, titles come before the body. */
    private static final int MAX_LINES = 30;
    private static final int MAX_TITLE = 100;
    private static final int CHROME_PREFIX = 300;

    /**
     * Nouns that name a document's kind. A title ends with one (…的通知, …规划纲要, …统计公报) or, for headlines,
     * need not; a line holding one is preferred over a bare slogan line above it, which is usually page chrome.
     */
    static final Pattern GENRE_NOUN = Pattern.compile(
            "讲话|报告|建议|纲要|规划|计划|公报|通知|说明|意见|方案|办法|决定|决议|致辞|社论|评论");
    /** Words that end a document's name; a title line that does not end with one may continue on the next line. */
    private static final Pattern TITLE_END = Pattern.compile(
            "(?:讲话|报告|建议|纲要|规划|计划|公报|通知|说明|意见|方案|办法|决定|决议|致辞)[”\"》)）]*$");
    /** A line that cannot be the end of a name: it stops on a verb that needs an object or a conjunction. */
    private static final Pattern OPEN_END = Pattern.compile("(?:转发|印发|关于|和|及|与|的|、|暨)$");

    /** 索引号: / 来源: / 当前位置: … : page metadata, not a title. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:索引号|分类号|主题分类|发布机构|发文机关|发文字号|文件编号|成文日期|发布日期|发布时间|时间|日期|来源|作者|编辑"
            + "|责任编辑|字号|浏览次数|点击|阅读|站内搜索|搜索|当前位置|您的位置|您当前的位置|位置|公开方式|公开时限|标签"
            + "|关键词|原文链接|链接|网址|首页)\\s*[:：>]");
    /** Site chrome and ads: 加入收藏, 禁止外传, 扫一扫, a header's 欢迎访问… and today's date with its weekday. */
    private static final Pattern CHROME = Pattern.compile(
            "欢迎(?:访问|光临|您)|(?:\\d{1,2}日|\\d{1,2})\\s*(?:星期|礼拜)[一二三四五六日天]|收藏|会员|登录|注册|订阅|分享|转载|扫一扫|二维码|打印本页|关闭窗口|返回顶部|首页\\s*[>＞»]|https?://|www\\.");
    /** Breadcrumbs (新闻中心 > 要闻) and a site's or channel's name on its own line (人民网, 政务频道, 某某省人民政府门户网站). */
    private static final Pattern NAVIGATION = Pattern.compile("[>＞»›]|^[" + HAN_CLASS + "]{1,6}(?:网|网站|频道|门户|客户端)$"
            + "|^[" + HAN_CLASS + "]{2,14}(?:门户网站|网站|门户|频道|客户端)$");
    /** A dateline alone: (2024年4月30日), 2022年4月14日, (2022年2月). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[(（]?\\s*(?:19|20)\\d{2}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?\\s*[)）]?$");
    /** A periodical's issue or page stamp: 党的教育版2021·3, 第A01版, Page 33. */
    private static final Pattern ISSUE = Pattern.compile(
            "(?:19|20)\\d{2}\\s*[·.]\\s*\\d{1,2}$|第\\s*[A-Z]?\\s*\\d+\\s*[版页]|^(?:Page|P\\.)\\s*\\d+|\\d+\\s*期$");
    /** A document number on its own line (景府办字〔2023〕5号, 国发〔2021〕29号): the file's reference, not its name. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "^[" + HAN_CLASS + "]{1,12}[〔\\[［(（【]\\s*(?:19|20)\\d{2}\\s*[〕\\]］)）】]\\s*\\d{1,4}\\s*号$");
    /**
     * A line of issuing bodies only (中共某某县委  某某县人民政府, 某某市人民政府办公室文件) is the letterhead above a
     * title; it is not joined to the 关于… line below it. Words ending in 局 that are no bureau (开局, 新局, 大局)
     * end headlines.
     */
    private static final Pattern ISSUERS_ONLY = Pattern.compile(
            "^(?:[" + HAN_CLASS + "]{2,20}?(?:委员会|人民政府|政府|办公室|办公厅|委|(?<![开新大全布格结变棋时政残当出破定])局|厅)(?:文件)?[ \\u3000]*)+$");
    /** A column tag printed above the headline (社论, 评论员文章); it tells the genre, not the title. */
    private static final Pattern COLUMN_TAG = Pattern.compile(
            "^[【\\[]?(?:[" + HAN_CLASS + "]{0,6}社论|[" + HAN_CLASS + "]{0,6}评论员(?:文章)?|短评|时评|权威发布|头条|要闻|原创)[】\\]]?$");
    /** Structural words on their own line above the title: 附件2, 目录, 正文. */
    private static final Pattern STRUCTURAL = Pattern.compile("^(?:附件\\s*\\d*|附表\\s*\\d*|目录|正文|全文|原文|打印|关闭)[:：]?$");
    /** Salutations open the body: a document starting with one has no title line. */
    private static final Pattern SALUTATION = Pattern.compile("^(?:各位代表|同志们|各位委员|女士们|同志们、朋友们)[,，:：!！]?");
    /** A box number before a table caption (专栏2 “十四五”交通运输主要指标): the caption is the name. */
    private static final Pattern BOX_NUMBER = Pattern.compile("^专栏\\s*[0-9一二三四五六七八九十]+\\s*[:：]?\\s*");
    /** A page's 原标题： line, which cleaning removes as page metadata: the title when the text prints no other. */
    private static final Pattern ORIGINAL_TITLE = Pattern.compile("^原标题\\s*[:：]\\s*(\\S.{1,98})$");
    private static final Pattern WORD_COUNT = Pattern.compile("[(（]\\s*\\d+\\s*字\\s*[)）]");
    /** Static-site front matter (--- title: '…' date: …) that an HTML page may carry into the text. */
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("^-{3}\\s*title:\\s*['\"]?([^'\"\\n]{2,120}?)['\"]?\\s+\\w+:");

    private TitleFinder() {
    }

    /**
     * The title of a cleaned text; failing that, the 原标题 the page gave in a line cleaning removed; else null.
     */
    public static String find(String text, List<String> removedLines) {
        String title = find(text);
        if (title != null) {
            return title;
        }
        for (String line : removedLines) {
            Matcher m = ORIGINAL_TITLE.matcher(line.strip());
            if (m.matches()) {
                return clean(m.group(1));
            }
        }
        return null;
    }

    /** The title of a cleaned text, or null when it has none. */
    public static String find(String text) {
        String[] lines = text.split("\n", MAX_LINES + 1);
        Matcher fm = FRONT_MATTER_TITLE.matcher(lines[0].strip());
        if (fm.find()) {
            return clean(fm.group(1));
        }
        List<String> candidates = new ArrayList<>();
        int n = Math.min(lines.length, MAX_LINES);
        for (int i = 0; i < n; i++) {
            String line = withoutColumnTag(lines[i].strip());
            // chrome shows in a line's start; a 100,000-character line need not be scanned whole to know it is body
            if (line.isEmpty() || isChrome(line.length() > CHROME_PREFIX ? line.substring(0, CHROME_PREFIX) : line)) {
                continue;
            }
            if (isBody(line)) {
                break;
            }
            // a speaker's name, a column tag or a publisher's name alone (湖南省统计局) stands above a title, not for it
            if (line.startsWith("——") || HeadingDetector.isPersonName(line) || COLUMN_TAG.matcher(line).matches()
                    || line.length() <= 30 && ISSUERS_ONLY.matcher(line).matches()) {
                continue;
            }
            // A name split over lines (湖州市人民政府办公室转发 / 市发展改革委关于…和 / 社会发展计划的通知)
            StringBuilder joined = new StringBuilder(line);
            int j = i;
            while (!TITLE_END.matcher(joined).find() && j + 1 < n && continuesTitle(joined, lines[j + 1].strip())) {
                joined.append(lines[++j].strip());
            }
            if (TITLE_END.matcher(joined).find()) {
                i = j;
                line = joined.toString();
            }
            candidates.add(clean(line));
        }
        for (String c : candidates) {
            if (GENRE_NOUN.matcher(c).find()) {
                return c;
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** A column tag in front of a headline (【权威发布】…): the headline is the title, the tag is not part of it. */
    private static final Pattern LEADING_TAG = Pattern.compile("^【[^】]{1,8}】\\s*(?=[^【\\s])");

    private static String withoutColumnTag(String line) {
        Matcher m = LEADING_TAG.matcher(line);
        return m.find() ? line.substring(m.end()) : line;
    }

    /** A line break inside the name is joined too: 政府工作报 / 告 ends as a name only when read together. */
    private static boolean continuesTitle(CharSequence sofar, String next) {
        if (next.startsWith("关于") && ISSUERS_ONLY.matcher(sofar).matches()) {
            return false;
        }
        return !next.isEmpty() && !next.startsWith("——") && !isChrome(next) && !isBody(next) && sofar.length() + next.length() <= MAX_TITLE
                && (OPEN_END.matcher(sofar).find() || TITLE_END.matcher(sofar + next).find());
    }

    static boolean isChrome(String line) {
        return !CjkChars.hasHan(line) || line.contains("|") || line.startsWith("【") || line.contains(" / ")
                || STRUCTURAL.matcher(line).matches() || LABEL.matcher(line).find() || CHROME.matcher(line).find() || NAVIGATION.matcher(line).find() || DATE_LINE.matcher(line).matches()
                || ISSUE.matcher(line).find() || DOCUMENT_NUMBER.matcher(line).matches() || mostlyDigits(line);
    }

    /** Index bars (统计公报年度索引: 2023 2022 2021 …) are mostly figures; a title is mostly words. */
    private static boolean mostlyDigits(String line) {
        int digits = 0;
        int other = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (!Character.isWhitespace(c)) {
                other++;
            }
        }
        return digits > other;
    }

    /** A numbered section heading (一、综合, （二）, 第一章): the body has begun, a title comes before it. */
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十百]+[章节篇])");

    /** Running text: a full stop, a salutation, a numbered section heading, or a line too long to be a title. */
    static boolean isBody(String line) {
        return line.contains("。") || line.contains("；") || SALUTATION.matcher(line).find() || line.length() > MAX_TITLE
                || SECTION_HEADING.matcher(line).find();
    }

    /** Without a ——subtitle and word counts; the subtitle alone is the title only when nothing precedes it. */
    private static String clean(String title) {
        String t = BOX_NUMBER.matcher(WORD_COUNT.matcher(title).replaceAll("").strip()).replaceFirst("");
        int dash = t.indexOf("——");
        if (dash >= 4) {
            t = t.substring(0, dash).strip();
        }
        return t;
    }
}
