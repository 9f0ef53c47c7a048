package org.plantrack.nlp.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the words before a value into a metric name, and reads the change (增长/下降) they express. */
final class Metric {

    final String name;
    final String change;
    /** The words were only a verb (选聘, 完成): the counted thing follows the value. */
    final boolean verbOnly;
    /** The words end in a verb (…服务惠及): the counted thing after the value is its object. */
    final boolean endsWithVerb;

    private Metric(String name, String change, boolean verbOnly, boolean endsWithVerb) {
        this.name = name;
        this.change = change;
        this.verbOnly = verbOnly;
        this.endsWithVerb = endsWithVerb;
    }

    private static final String TIME =
            "(?:(?:到|至|截至|截止|在|于)?(?:\\d{4}|20XX|20xx)年(?:底|末|前|时|初|年底|年末)?"
            + "|(?:到|至|在)?“?十[一二三四五六]五”?(?:规划)?(?:时期|期间|期末|末|期|时)?"
            + "|\\d{1,3}年(?:来|间|内|中)?|(?:比|较|同比|与)(?:上年|去年|上年末|去年同期|上年同期)(?:末|底)?|同比|年末|年底|年初|年内"
            + "|(?:近|过去|这|今后|未来)?[两三四五六七八九十]年(?:来|间|内|中|里)?(?![规计行])|按(?:\\d{4}年)?(?:不变|可比|现行?)价(?:格)?计算|扣除价格因素(?:后)?|前三季度|上半年|下半年|[一二三四]季度|前[两三四五六七八九十]个?月|\\d{1,2}[-—至~]\\d{1,2}月|今年|去年|前年|上年|明年|当年|全年|每年|今后三年|今后五年|未来五年|五年来|过去五年|这五年|届时|目前|当前|现在|近年来|同期)";
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:" + TIME + "|其中|另外|此外|同时|并且|并|而且|而|全市|全省|全县|全区|全国|全州|全镇|我市|我省|我县|我区|本市|"
            + "预计|预期|力争|确保|争取|计划|首次|下辖|辖(?![区内])|基本|可望|有望|进一步|要|将|使得|已经|已|均为|还|共计|合计|总计|累计|分别|"
            + "实现|完成|达到|主要预期目标是|主要目标是|目标是|的|和|与|及|以及|其中|共有|还有|均有|即|也|\\s|“|”)");
    private static final String CHANGE_UP = "增长|增加|提高|提升|上升|上涨|涨幅|递增|增速|增幅|净增|增产|回升|增";
    private static final String CHANGE_DOWN = "下降|降低|减少|压减|缩减|下调|降幅|减排|减产|回落|降";
    /** 比前年多了2亿元, 比上年少3000人: a spoken comparison; 多 is more, 少 is less. */
    private static final String SPOKEN_COMPARISON = "比(?:上年|去年|前年|上年同期|去年同期|年初)(?:多|少)了?";
    private static final Pattern SPOKEN_LESS = Pattern.compile("比[^多少]{2,4}少");
    /** 新增了, 新增: what is newly added is counted as a level (新增城镇就业8600人), not a change. */
    private static final Pattern NEWLY_ADDED = Pattern.compile("新增了?");
    /**
     * A currency named before the amount (达港币2.99万亿元, 总额人民币1256亿元, 为新台币23.5万亿元) says what the
     * 元 after the number is; it is no part of what is measured.
     */
    private static final String CURRENCY = "人民币|港币|港元|新台币|台币|美元|欧元|日元|澳门元|澳门币|澳元|英镑";
    private static final Pattern SUFFIX = Pattern.compile(
            "(?:达到了|达到|达|突破|超过|超|逾|实现|完成|为|是|在|控制在|保持在|稳定在|维持在|不低于|不少于|不超过|不高于|高于|低于|多于|少于|"
            + "接近|将近|大约|约|近|差不多|几乎|大概|大致|折合|相当于|分别|累计|共计|共|总计|合计|有|年均|首次|再次|已经|全部|同比|比上年|较上年|比去年|每年|平均|将|要|力争|确保|预计|有望|可望|可|已|"
            + "提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|上升到|上升至|下降到|下降至|降低到|降低至|降至|增至|减少到|减少至|"
            + "扩大到|扩大至|调整为|调整到|缩小到|缩小至|翻一番|翻番|达到或超过|迈上|跨上|跃上|站上|迈入|跨入|保持|稳定|"
            // an embedded date (经济总量预计2025年达到…) is not part of the name
            + "(?:到|至|截至|在|于|比|较)?(?:\\d{4}|20XX)年(?:底|末)?|"
            + CURRENCY + "|翻了|翻|" + SPOKEN_COMPARISON + "|新增了|"
            // 实质增长, 名义增长, 同口径增长: how a growth is measured, not what grows
            + "实质|名义|实际|同口径|"
            + CHANGE_UP + "|" + CHANGE_DOWN + "|\\s|“|”|的|了|由|从|面向|向)$");
    /**
     * How far before the end of a text a SUFFIX match can start: its longest alternative is 截至2025年底 (8
     * characters; every other one has at most 5), and $ may also match before a final line terminator (up to
     * 2 characters, \r\n). Matches must end there, so the search starts that far before the end rather than
     * at every character of the clause.
     */
    private static final int SUFFIX_REACH = 8 + 2;
    private static final Pattern CHANGE_NOUN_END = Pattern.compile(".*(?:增速|增幅|涨幅)$");
    private static final String[] CHANGE_UP_WORDS = CHANGE_UP.split("\\|");
    private static final String[] CHANGE_DOWN_WORDS = CHANGE_DOWN.split("\\|");
    private static final Pattern LEVEL_AFTER_CHANGE = Pattern.compile("(?:" + CHANGE_UP + "|" + CHANGE_DOWN + ")(?:到|至|为)");
    private static final Pattern VERB_ONLY = Pattern.compile(
            "^(?:选聘|选树|选派|培育|培养|引进|建成|建设|新建|完成|打掉|查处|形成|开展|提出|实施|组织|推动|推进|创建|打造|建立|"
            + "改造|修复|新增|落实|安排|投入|投资|招引|签约|培训|帮助|带动|吸引|认定|获批|获得|拥有|有|共有|涌现|开通|举办|召开|出台|"
            + "制定|累计|完成了|建成了|解决|救助|资助|惠及|覆盖|发放|新改扩建|组建|设立|成立)*$");

    private static final Pattern ENDS_WITH_VERB = Pattern.compile(
            "(?:选聘|选树|选派|培育|培养|引进|建成|建设|新建|完成|打掉|查处|形成|开展|提出|实施|组织|推动|推进|创建|打造|建立|"
            + "改造|修复|新增|落实|安排|投入|招引|签约|培训|帮助|带动|吸引|认定|获批|获得|拥有|涌现|开通|举办|召开|出台|"
            + "制定|解决|救助|资助|惠及|覆盖|发放|组建|设立|成立|服务|接待|受理|办结|整治|治理|查办|化解)$");

    static Metric clean(String raw) {
        String s = stripQuotes(raw).strip();
        String change = null;
        boolean levelAfterChange = false;
        // Suffix words (verbs, qualifiers) go; remember any change they express.
        boolean stripped = true;
        String tail = "";
        while (stripped && !s.isEmpty()) {
            stripped = false;
            Matcher m = SUFFIX.matcher(s).region(Math.max(0, s.length() - SUFFIX_REACH), s.length());
            if (m.find()) {
                tail = m.group() + tail;
                s = s.substring(0, m.start());
                stripped = true;
            }
        }
        tail = NEWLY_ADDED.matcher(tail).replaceAll("");
        if (!tail.isEmpty()) {
            levelAfterChange = LEVEL_AFTER_CHANGE.matcher(tail).find();
            if (!levelAfterChange) {
                if (SPOKEN_LESS.matcher(tail).find()) {
                    change = "decrease";
                } else if (tail.matches(".*" + SPOKEN_COMPARISON + ".*")) {
                    change = "increase";
                } else if (containsAny(tail, CHANGE_DOWN_WORDS)) {
                    change = "decrease";
                } else if (containsAny(tail, CHANGE_UP_WORDS)) {
                    change = "increase";
                } else if (tail.contains("翻")) {
                    change = "increase";
                }
            }
        }
        // Prefix words (time, scope, adverbs) go as well.
        stripped = true;
        while (stripped && !s.isEmpty()) {
            stripped = false;
            // PREFIX is anchored at the start (^): lookingAt() finds what find() found, without trying every
            // later position first.
            Matcher m = PREFIX.matcher(s);
            if (m.lookingAt() && m.end() > 0) {
                s = s.substring(m.end());
                stripped = true;
            }
        }
        // A metric ending in a change noun (增速, 降幅) keeps the change but not the word.
        if (change == null && CHANGE_NOUN_END.matcher(s).matches()) {
            change = "increase";
        }
        s = s.strip();
        boolean verbOnly = !s.isEmpty() && VERB_ONLY.matcher(s).matches();
        boolean endsWithVerb = !s.isEmpty() && ENDS_WITH_VERB.matcher(s).find();
        return new Metric(s, change, verbOnly, endsWithVerb);
    }

    private static boolean containsAny(String s, String[] alternatives) {
        for (String a : alternatives) {
            if (s.contains(a)) {
                return true;
            }
        }
        return false;
    }

    static String stripQuotes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("“”‘’\"《》「」".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final Pattern RIGHT_CUT = Pattern.compile(
            "(?:成为|得到|实现|达到|全线|旧貌|稳中|投入|惠及|落户|建成|完成|获得|纳入|荣获|正式|顺利|全面|全部|全数|基本|陆续|相继|先后|被|已|均|都|"
            + "开通|运营|通车|投产|竣工|贯通|开工|亮相|入选|列入|获批)");

    private static final Pattern PREDICATE = Pattern.compile(
            "^(?:落户|成为|受益|参加|参与|实现|得到|获得|完成|达到|脱贫|就业|入驻|签约|开工|竣工|投产|建成|通过|纳入|列入|入选|"
            + "增加|增长|提高|提升|下降|减少|降低|到|至|为|是|比|较|占|以上|以下|左右|的|和|或|及|与|等|增|降|上|下)");

    /** The words after a value start with a predicate (…10万人落户太原), so they do not name it. */
    static boolean startsWithPredicate(String r) {
        return PREDICATE.matcher(r).find();
    }

    /** Cuts the phrase after a value where a predicate starts (…干部, not …干部成为…). */
    static String cutRight(String r) {
        Matcher m = RIGHT_CUT.matcher(r);
        while (m.find()) {
            if (m.start() >= 2) {
                return r.substring(0, m.start());
            }
        }
        return r;
    }
}
