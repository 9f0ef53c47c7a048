package org.plantrack.nlp.clean;

import static org.plantrack.nlp.text.CjkChars.allHan;
import static org.plantrack.nlp.text.CjkChars.isHan;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.table.PipeTableDetector;
import org.plantrack.nlp.text.CjkChars;
import org.plantrack.nlp.text.LeadCharPattern;
import org.plantrack.nlp.text.MappedText;

/**
 * The cleaning steps, each a pure function from one MappedText to the next so that offsets into the
 * original text survive. Steps report what they did in {@link Log}.
 */
public final class TextCleaner {

    /** Collects notes (changes made), warnings (problems left in place) and removed boilerplate lines. */
    public static final class Log {
        public final List<String> notes = new ArrayList<>();
        public final List<String> warnings = new ArrayList<>();
        /** Boilerplate lines removed (kept for metadata such as the page date or source). */
        public final List<String> removedLines = new ArrayList<>();
        /** Mojibake spans in the final cleaned text, as [start, end). */
        public final List<int[]> mojibake = new ArrayList<>();
        public boolean pdfColumns;

        void note(String s) {
            notes.add(s);
        }
    }

    private TextCleaner() {
    }

    // ---------------------------------------------------------------- width and line ends

    /**
     * Line ends to \n, full-width digits/letters/％/．/＋/－/／ to ASCII, ideographic, no-break and thin spaces to ' ',
     * invisible characters (zero-width spaces and joiners, soft hyphens) dropped.
     */
    public static MappedText normalizeWidth(MappedText in, Log log) {
        String s = in.text();
        MappedText.Builder out = in.builder();
        int changed = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                r = '\n';
            } else if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                r = (char) (c - 0xFEE0);
            } else if (c == '％') {
                r = '%';
            } else if (c == '．') {
                r = '.';
            } else if (c == '＋') {
                r = '+';
            } else if (c == '－' || c == '／') {
                // Full-width hyphen and slash: in dates, ranges and units (2021－09－30, 3－5个, 元／人) as the ASCII ones.
                r = (char) (c - 0xFEE0);
            } else if (c == '，' && isFullWidthThousandsComma(s, i)) {
                r = ',';
            } else if (c == '\u3000' || c == '\u00A0' || c >= '\u2002' && c <= '\u200A' || c == '\u202F'
                    || c == '\t') {
                // Ideographic, no-break, en/em, figure, thin and narrow no-break spaces (the last two group digits).
                r = ' ';
            } else if (c == '\uFEFF' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\u00AD') {
                // Zero-width spaces and joiners, word joiner, soft hyphen: invisible, and they split words and numbers.
                changed++;
                continue;
            }
            if (r != c) {
                changed++;
            }
            out.put(r, i);
        }
        if (changed > 0) {
            log.note("normalised " + changed + " full-width/special characters");
        }
        return out.build();
    }

    /**
     * Full-width text groups thousands with the full-width comma, the same character as the Chinese clause comma
     * ({@code １，２００万}). Between full-width digits and before exactly three of them it can only be a separator.
     */
    private static boolean isFullWidthThousandsComma(String s, int i) {
        if (i == 0 || !isFullWidthDigit(s.charAt(i - 1))) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (i + k >= s.length() || !isFullWidthDigit(s.charAt(i + k))) {
                return false;
            }
        }
        int next = i + 4;
        return next >= s.length() || !isFullWidthDigit(s.charAt(next)) && !Character.isDigit(s.charAt(next));
    }

    private static boolean isFullWidthDigit(char c) {
        return c >= '０' && c <= '９';
    }

    // ---------------------------------------------------------------- data URIs and bylines

    private static final Pattern DATA_URI = Pattern.compile(
            "<image>[^<]*</image>|<img[^>]*>|!\\[[^\\]]*\\]\\(data:[^)]*\\)|data:[a-z]+/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]+");
    private static final Pattern BYLINE = Pattern.compile("[(（]\\s*\\d{2,6}\\s*字\\s*[)）]");

    public static MappedText removeInlineBoilerplate(MappedText in, Log log) {
        String s = in.text();
        MappedText.Builder out = in.builder();
        int last = 0, images = 0, bylines = 0;
        List<int[]> cuts = new ArrayList<>();
        // Cheap checks first: most documents have neither.
        if (s.contains("<im") || s.contains("data:") || s.contains("![")) {
            Matcher m = DATA_URI.matcher(s);
            while (m.find()) {
                cuts.add(new int[] {m.start(), m.end(), 0});
                images++;
            }
        }
        if (s.indexOf('字') >= 0) {
            Matcher m = BYLINE.matcher(s);
            while (m.find()) {
                cuts.add(new int[] {m.start(), m.end(), 1});
                bylines++;
            }
        }
        if (cuts.isEmpty()) {
            return in;
        }
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] c : cuts) {
            if (c[0] < last) {
                continue;
            }
            out.copy(last, c[0]);
            last = c[1];
        }
        out.copy(last, s.length());
        if (images > 0) {
            log.note("removed " + images + " embedded image(s) / data URI(s)");
        }
        if (bylines > 0) {
            log.note("removed " + bylines + " word-count byline(s) such as (3205字)");
        }
        return out.build();
    }

    // ---------------------------------------------------------------- pinyin glosses

    private static final String TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿɑɡ";

    /** Removes scraped pinyin after a Han character: 當(dāng)前 → 當前; keeps (PM2.5), (站), (2021年9月26日). */
    public static MappedText removePinyinGlosses(MappedText in, Log log) {
        String s = in.text();
        MappedText.Builder out = null;
        int last = 0, count = 0;
        // A gloss is looked for only where a bracket opens; after a bracketed run of pinyin letters (gloss or
        // not) the search goes on behind it.
        for (int from = nextOpeningBracket(s, 0); from >= 0; from = nextOpeningBracket(s, from)) {
            int end = glossEnd(s, from);
            if (end < 0) {
                from++;
                continue;
            }
            int start = from;
            from = end;
            if (start == 0 || !isHan(s.charAt(start - 1)) || !isPinyin(s.substring(start + 1, end - 1))) {
                continue;
            }
            if (out == null) {
                out = in.builder();
            }
            out.copy(last, start);
            last = end;
            count++;
        }
        if (out == null) {
            return in;
        }
        out.copy(last, s.length());
        log.note("removed " + count + " pinyin gloss(es) after characters");
        return out.build();
    }

    /**
     * End (exclusive) of a bracketed run of one to seven pinyin letters — [(（][a-z and toned vowels]{1,7}[)）] —
     * opening at {@code open}, or -1. A hand-written scan: the regular expression's character class is a chain
     * of some thirty unions, tested for every character after every bracket of the document.
     */
    static int glossEnd(String s, int open) {
        int i = open + 1;
        while (i < s.length() && i - open <= 8 && isGlossLetter(s.charAt(i))) {
            i++;
        }
        int letters = i - open - 1;
        if (letters < 1 || letters > 7 || i >= s.length()) {
            return -1;
        }
        char close = s.charAt(i);
        return close == ')' || close == '）' ? i + 1 : -1;
    }

    private static boolean isGlossLetter(char c) {
        return c >= 'a' && c <= 'z' || TONE.indexOf(c) >= 0;
    }

    private static int nextOpeningBracket(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPinyin(String g) {
        boolean tone = false, vowel = false;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (TONE.indexOf(c) >= 0 && c != 'ɡ') {
                tone = true;
                vowel = true;
            } else if ("aeiouv".indexOf(c) >= 0) {
                vowel = true;
            }
        }
        // Toneless glosses (de, le, men) are short; longer toneless words are more likely real English.
        return vowel && (tone || g.length() <= 4);
    }

    // ---------------------------------------------------------------- boilerplate lines

    private static final Pattern BREADCRUMB = Pattern.compile(
            "当前位置|您的位置|您现在的位置|所在位置|^\\s*(首页|主页|网站首页)\\s*[>›»]|\\S\\s*(>>|»|›)\\s*\\S.*|\\S\\s+>\\s+\\S.*\\s+>\\s+\\S");
    private static final LeadCharPattern META = new LeadCharPattern(
            "来源[:：]|点击[:：]|点击数|浏览次数|阅读次数|编稿时间|归档时间|发布时间|发布日期|更新时间|责任编辑|编辑[:：]|"
            + "作者[:：]|【字体|字号[:：]|^\\s*(小|中|大)字号|打印本页|关闭窗口|分享到|扫一扫|原标题[:：]|【打印|【关闭|"
            + "主办单位|承办单位|主办[:：]|承办[:：]|信息来源|文章来源|访问量|阅读量|浏览量");
    private static final LeadCharPattern CONTACT = new LeadCharPattern(
            "QQ|qq群|微信号|邮箱|[Ee]-?mail|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}|电话[:：]|传真[:：]|"
            + "邮编[:：]|(?:通讯|联系)?地址[:：]");
    private static final LeadCharPattern FOOTER = new LeadCharPattern(
            "版权所有|Copyright|©|ICP备|ICP证|免责声明|网站地图|联系我们|关于我们|登录|注册|二维码|公众号|下载APP|客户端下载|"
            + "举报|不良信息|转载请|本站|本网|声明[:：]|Powered by|技术支持[:：]|网站标识码|公网安备|京公网|沪公网|粤公网|浙公网");
    private static final LeadCharPattern SPAM = new LeadCharPattern("无码|av|AV|视频|精品|免费观看|在线观看|国产|熟女|久久|彩票|博彩|娱乐城");
    /** An advertisement labelled as one (【广告】, 推广：) at the start of its line. */
    private static final Pattern AD_LABEL = Pattern.compile("^[【\\[［(（]?\\s*(广告|推广|赞助|商业推广)\\s*([】\\]］)）:：|]|\\s)");
    /** Sales words; two of them in a line without a full stop are an advertisement, not a plan's sentence. */
    private static final LeadCharPattern SALES = new LeadCharPattern(
            "特惠|优惠券|购物卡|低至|折起|抢购|秒杀|包邮|首付|咨询热线|订购热线|客服热线|立即购买|点击领取|免费领取|下单");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(图片|图|视频|点击播放|查看原图|附件[:：]?|返回顶部|打印|关闭|阅读原文|点击查看|相关链接|相关阅读|相关新闻)$");
    /** Links to other pages: 上一篇, 相关阅读, 点击进入专题, a line ending in >> (a "more" link). */
    private static final Pattern NAVIGATION = Pattern.compile(
            "^(上一篇|下一篇|上一条|下一条|相关链接|相关阅读|相关新闻)[:：]?|^点击(进入|查看|阅读|这里|访问|了解)|(>>|»)\\s*$");
    /** A site's menu bar: 首页 and three or more short link texts (首页 要闻 政务 经济, 首页|新闻|公开). */
    private static final Pattern NAV_BAR = Pattern.compile(
            "^(首页|网站首页|主页)(\\s*[\\s|｜·•/]\\s*[" + CjkChars.HAN_CLASS + "A-Za-z]{1,6}){3,}$");
    private static final Pattern SITE_NAME = Pattern.compile("^[" + CjkChars.HAN_CLASS + "A-Za-z]{1,8}(网|网站|频道|客户端|日报|晚报|新闻)$");
    private static final Pattern PUNCT_END = Pattern.compile(".*[。；;！!？?]$");

    /**
     * Removes whole boilerplate lines (breadcrumbs, page metadata, contacts, footers, ads, repeated titles). The
     * word lists are tried on every line, so they are searched only where one of their words can start.
     */
    public static MappedText removeBoilerplateLines(MappedText in, Log log) {
        String s = in.text();
        MappedText.Builder out = in.builder();
        Set<String> seen = new HashSet<>();
        int start = 0;
        int removed = 0;
        List<String> reasons = new ArrayList<>();
        boolean seenContent = false;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(start, end).strip();
            String reason = line.isEmpty() ? null : boilerplateReason(line, seen, seenContent);
            if (reason != null) {
                removed++;
                log.removedLines.add(line);
                if (reasons.size() < 12) {
                    reasons.add(reason + ": " + abbreviate(line));
                }
                // Keep the line break so the paragraph structure survives; not after a table's header repeated
                // where a page broke it, whose blank line would cut the table in two.
                if (nl >= 0 && !(reason.equals("repeated title") && PipeTableDetector.isPipeRow(line))) {
                    out.copy(nl, nl + 1);
                }
            } else {
                out.copy(start, nl < 0 ? s.length() : nl + 1);
                if (line.length() >= 6 && !PUNCT_END.matcher(line).matches() && line.length() <= 120) {
                    seen.add(line);
                }
                if (line.length() > 30) {
                    seenContent = true;
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (removed > 0) {
            log.note("removed " + removed + " boilerplate line(s): " + String.join("; ", reasons));
        }
        return out.build();
    }

    static String boilerplateReason(String line, Set<String> seen, boolean seenContent) {
        int len = line.length();
        if (seen.contains(line)) {
            return "repeated title";
        }
        if (len <= 12 && PLACEHOLDER.matcher(line).matches()) {
            return "placeholder";
        }
        if (len <= 80 && NAVIGATION.matcher(line).find()) {
            return "navigation";
        }
        if (len <= 80 && NAV_BAR.matcher(line).matches()) {
            return "navigation";
        }
        if (len <= 12 && SITE_NAME.matcher(line).matches() && !seenContent) {
            return "site name";
        }
        if (len > 400) {
            return null;
        }
        // Running text with several full stops is content, whatever words it contains.
        int stops = count(line, '。');
        if (stops >= 2) {
            return null;
        }
        if (len <= 160 && stops == 0 && (line.indexOf('>') >= 0 || line.indexOf('»') >= 0 || line.indexOf('›') >= 0
                || line.contains("位置")) && BREADCRUMB.matcher(line).find()) {
            return "breadcrumb";
        }
        if (len <= 100 && META.foundIn(line)) {
            return "page metadata";
        }
        if (len <= 160 && CONTACT.foundIn(line)) {
            return "contact line";
        }
        if (len <= 200 && FOOTER.foundIn(line)) {
            return "site footer";
        }
        if (len <= 400 && stops == 0 && (count(line, ',') + count(line, '，') >= 2 || len <= 60)) {
            int hits = SPAM.count(line);
            if (hits >= 3 && !line.contains("。")) {
                return "advertising";
            }
        }
        // Ads between paragraphs carry figures of their own (5折, 300元购物卡) that are no indicators.
        if (len <= 120 && stops == 0 && (AD_LABEL.matcher(line).find() || SALES.count(line) >= 2)) {
            return "advertising";
        }
        return null;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static String abbreviate(String line) {
        return line.length() <= 30 ? line : line.substring(0, 30) + "…";
    }

    // ---------------------------------------------------------------- spaces and broken lines

    /**
     * Spaces next to digits inside Chinese text (PDF extraction: "6.5 亿 吨") are removed; lines where spaces
     * split Chinese words in several places suggest interleaved PDF columns, which is flagged.
     */
    public static MappedText normalizeSpaces(MappedText in, Log log) {
        String s = in.text();
        int lines = 0, columnLines = 0, allGaps = 0, hanHanGaps = 0;
        for (String line : s.split("\n")) {
            if (line.strip().length() < 20) {
                continue;
            }
            lines++;
            int gaps = 0;
            for (int i = 1; i + 1 < line.length(); i++) {
                if (line.charAt(i) == ' ' && isHanOrCjkPunct(line.charAt(i - 1)) && isHanOrCjkPunct(line.charAt(i + 1))) {
                    gaps++;
                    if (isHan(line.charAt(i - 1)) && isHan(line.charAt(i + 1))) {
                        hanHanGaps++;
                    }
                }
            }
            allGaps += gaps;
            if (gaps >= 2) {
                columnLines++;
            }
        }
        // A column boundary cuts running text, so most of its gaps fall between two Han characters. OCR and
        // old typesetting put spaces around punctuation instead ("增长 , 全省 、 各地 。"): spaced, not columns.
        boolean columns = lines >= 4 && columnLines * 2 >= lines && hanHanGaps * 3 >= allGaps;
        if (columns) {
            log.pdfColumns = true;
            log.warnings.add("PDF column interleaving suspected: " + columnLines + " of " + lines
                    + " lines contain several spaced-apart text fragments; columns re-ordered by width, sentences"
                    + " may still mix columns");
            in = PdfColumns.deinterleave(in, log);
            s = in.text();
        }
        MappedText.Builder out = in.builder();
        int removed = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length()) {
                char a = s.charAt(i - 1), b = s.charAt(i + 1);
                boolean digitHan = (isDigit(a) && (isHan(b) || b == '%')) || (isHan(a) && isDigit(b));
                boolean hanHan = columns && isHan(a) && isHan(b);
                if (digitHan || hanHan) {
                    removed++;
                    continue;
                }
            }
            out.put(c, i);
        }
        if (removed > 0) {
            log.note("removed " + removed + " space(s) inside Chinese words or between numbers and units");
        }
        return out.build();
    }

    /** Joins lines broken inside a word ("全面建成小\n\n康社会"): the characters across the break form a word. */
    public static MappedText joinBrokenLines(MappedText in, Log log) {
        String s = in.text();
        MappedText.Builder out = in.builder();
        int joins = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' && i > 0 && isHan(s.charAt(i - 1))) {
                int j = i;
                while (j < s.length() && (s.charAt(j) == '\n' || s.charAt(j) == ' ')) {
                    j++;
                }
                if (j < s.length() && isHan(s.charAt(j)) && formsWordAcross(s, i, j)) {
                    joins++;
                    i = j;
                    continue;
                }
            }
            out.put(c, i);
            i++;
        }
        if (joins > 0) {
            log.note("joined " + joins + " line(s) broken inside a word");
        }
        return out.build();
    }

    private static boolean formsWordAcross(String s, int breakStart, int next) {
        // Only lines of running text (long, with clause punctuation, not a "——" subtitle) are candidates.
        int ls = s.lastIndexOf('\n', breakStart - 1) + 1;
        String prevLine = s.substring(ls, breakStart);
        if (prevLine.length() < 15 || prevLine.startsWith("——")) {
            return false;
        }
        // A table row is no running text: 约束性 | 生活垃圾… across two rows is two cells, not 性生 broken in a word.
        if (prevLine.contains(" | ") || prevLine.startsWith("|")) {
            return false;
        }
        int ne = s.indexOf('\n', next);
        int nextLen = (ne < 0 ? s.length() : ne) - next;
        for (int left = 2; left >= 1; left--) {
            for (int right = 2; right >= 1; right--) {
                if (breakStart - left < ls || next + right > s.length()) {
                    continue;
                }
                String a = s.substring(breakStart - left, breakStart);
                String b = s.substring(next, next + right);
                if (!allHan(a) || !allHan(b)) {
                    continue;
                }
                // A two-character word across the break is weaker evidence: the next line must be running text,
                // and neither side may end/start with a complete word of its own (…大会 | 上午… is a real break).
                if (left + right == 2 && (nextLen < 10
                        || breakStart - 2 >= ls && CoreDictionary.contains(s.substring(breakStart - 2, breakStart))
                        || next + 2 <= s.length() && allHan(s.substring(next, next + 2))
                                && CoreDictionary.contains(s.substring(next, next + 2)))) {
                    continue;
                }
                if (CoreDictionary.contains(a + b)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- mojibake

    private static final Pattern MOJIBAKE = Pattern.compile(
            "\\uFFFD+|[?？](?=[^\\s\\n“”\"'）)】》，,。.?？!！])[^\\s，,。；;]{0,6}|[\\u3100-\\u312F]|[!！](?=[" + CjkChars.HAN_CLASS + "]{2,8}[A-Za-z])[^，,。；;\\s]{0,12}");

    /** Finds mojibake spans; they are flagged, never turned into content. */
    public static void detectMojibake(MappedText in, Log log) {
        String s = in.text();
        Matcher m = MOJIBAKE.matcher(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '\uFFFD' || c == '?' || c == '？' || c == '!' || c == '！' || c >= '\u3100' && c <= '\u312F')) {
                continue;
            }
            m.region(i, s.length());
            if (!m.lookingAt()) {
                continue;
            }
            int a = m.start(), b = m.end();
            i = Math.max(i, b - 1);
            if (!log.mojibake.isEmpty() && log.mojibake.get(log.mojibake.size() - 1)[1] >= a - 2) {
                log.mojibake.get(log.mojibake.size() - 1)[1] = b;
                continue;
            }
            log.mojibake.add(new int[] {a, b});
        }
        for (int[] sp : log.mojibake) {
            int from = Math.max(0, sp[0] - 8), to = Math.min(s.length(), sp[1] + 8);
            log.warnings.add("mojibake (garbled characters) near \"" + s.substring(from, to).replace('\n', ' ')
                    + "\" at original offset " + in.originOf(sp[0]) + "; left in place and the sentence flagged");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static boolean isHanOrCjkPunct(char c) {
        return isHan(c) || "，、。；：“”（）《》".indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
