package org.plantrack.nlp.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.CjkChars;

/**
 * The noun phrase a value measures, from the words its clause put before it: leading verbs, adverbs,
 * prepositions, time words, pronouns and a place that is the clause's subject (X市要实现…) are not part of the
 * name, nor are a trailing comparison base (比去年同期), a trailing 目标 or a modifier clause ending in 的.
 */
final class MetricPhrase {

    /**
     * Tags of words that open a clause but never a metric: adverbs, prepositions, time words, pronouns,
     * conjunctions, particles. Content verbs stay, since verb-object names are common (新增就业, 修复山体).
     */
    private static final Set<String> LEADING_FUNCTION_TAGS = Set.of(
            "d", "dg", "dl", "p", "pba", "pbei", "t", "tg", "r", "rr", "rz", "ry", "rzv", "c", "cc", "u", "ud",
            "ude1", "ude2", "ude3", "uzhe", "ule", "uguo", "ad", "f", "w");
    /** Time words and determiners frame a clause even right before a noun (年末常住人口, 各类人才). */
    private static final Set<String> ALWAYS_FRAMING_TAGS = Set.of("t", "tg", "r", "rr", "rz", "ry", "w");
    /**
     * The closed class of modal, aspect and reporting verbs, which frame a clause (要实现, 完成, 提出) but
     * never name what it measures.
     */
    private static final Set<String> LIGHT_VERBS = Set.of(
            "要", "将", "会", "能", "应", "应当", "需", "需要", "实现", "完成", "达到", "达", "提出", "力争", "确保", "争取",
            "累计", "共", "共计", "合计", "预计", "计划", "拟", "可", "可以", "有望", "是", "为", "有", "进行");

    /**
     * Verbs of bringing something into being or choosing it (建成, 开通, 培育, 遴选): the count is of what they
     * produce, so the name is their object (建成5G基站 counts 5G基站). Verbs that define the count stay: 新增, 新建
     * (an increment, not a stock), 实施, 引进. 建设 is left out since it heads nouns too (建设用地).
     */
    private static final Set<String> OUTCOME_VERBS = Set.of(
            "建成", "开通", "配备", "培育", "遴选", "打造", "创建", "组建", "评选", "选树");
    /** 各类, 各种 only say "of every kind", wherever they stand (查处各类腐败案件). */
    private static final Pattern EVERY_KIND = Pattern.compile("各(?:类|种)");

    /**
     * Reporting verbs (党代会提出了…, 报告指出…) end the clause that says who speaks; what is measured comes after
     * them, wherever they stand.
     */
    private static final Pattern REPORTED = Pattern.compile("(?:提出|指出|表示|强调|宣布)了?");

    /** Words after a place name that keep it a region: 肇庆市, 江西省. */
    private static final Set<String> ADMIN = Set.of("市", "省", "县", "区", "州", "镇", "乡", "全区", "全市", "全省", "全县");

    /** 武汉市GDP比去年同期, 排放总量比2000年削减: the comparison base and what follows it. */
    private static final Pattern COMPARISON_TAIL = Pattern.compile(
            "(?:比|较|与)(?:\\d{4}年|20XX年|去年|上年|上一年|前一年|同期|上年同期|去年同期)(?:同期|末|底)?.*$");
    /** 地区生产总值增长目标: the value is the target, the name is what it is the target of. */
    private static final Pattern TARGET_TAIL = Pattern.compile("(?:增长|增速)?(?:预期)?目标$");
    /**
     * 香港特区全年本地生产总值, 临江市年末常住人口: a time word after the region that opens a name frames the figure; the
     * name is the region and what follows.
     */
    private static final Pattern TIME_AFTER_REGION = Pattern.compile(
            "^([" + CjkChars.HAN_CLASS + "]{1,8}?(?:省|市|县|区|州|盟|旗))"
                    + "(?:全年|年末|年底|上半年|下半年|前三季度|一季度|今年|去年)(?=[" + CjkChars.HAN_CLASS + "]{2})");
    /** 林业产业总产值规模: 规模 after a total says nothing more. */
    private static final Pattern SIZE_AFTER_TOTAL = Pattern.compile("(?<=值|额|量)规模$");
    private static final Pattern TRAILING_SYMBOLS = Pattern.compile("[\\s≥≤<>=＜＞≦≧:：]+$");
    /**
     * 与上一个五年相比, 同2020年相比: a comparison frame opening the words says against what, not what; the name
     * follows it (or, when nothing follows, is the subject of the clause before).
     */
    private static final Pattern LEADING_COMPARISON = Pattern.compile("^(?:与|同|和|跟)?[^，,；;。]{1,12}?相比较?");
    /**
     * The number and connector of a range whose spacing kept it out of the number (送电160 ～ 300万千瓦): a name
     * never ends in a bare number.
     */
    private static final Pattern TRAILING_RANGE_START = Pattern.compile("\\s*\\d+(?:\\.\\d+)?\\s*[～~至到—-]?\\s*$");
    /** Verbs that only say a value moved up or down (再提高, 大幅增加). */
    private static final Set<String> CHANGE_VERBS = Set.of(
            "提高", "提升", "增加", "增长", "上升", "扩大", "下降", "降低", "减少", "缩小", "压减", "回落", "翻番");
    /** Prepositions that put a time word in a frame (到2025年, 截至年底). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("到", "至", "截至", "截止", "在", "于");

    private MetricPhrase() {
    }

    /**
     * The metric name within {@code name}; "" when the words hold no noun at all (从目前, 再), so that the caller
     * carries the subject of an earlier clause instead.
     */
    static String of(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        String s = cutTails(name);
        if (s.isEmpty()) {
            return "";
        }
        s = withoutInnerLightVerb(withoutTrailingAdverbs(afterOutcomeVerb(s)));
        List<PartOfSpeech.Word> words = PartOfSpeech.tag(s);
        if (words.stream().noneMatch(PartOfSpeech.Word::isNoun)) {
            return allFunctionWords(words) || framedChange(words) ? "" : s;
        }
        s = afterModifierClause(s, words);
        words = PartOfSpeech.tag(s);
        int k = leadingFunctionWords(words);
        if (k == 0) {
            return s;
        }
        List<PartOfSpeech.Word> rest = words.subList(k, words.size());
        String trimmed = join(rest);
        // Keep the words when what remains is no noun phrase (新增就业 stays: 就业 alone names nothing new).
        return trimmed.length() >= 2 && rest.stream().anyMatch(PartOfSpeech.Word::isNoun) && !endsInVerb(rest)
                ? trimmed : s;
    }

    /**
     * The name without the frames around it; "" when the words are only a comparison base (比2019年同期增长3.5%
     * compares the subject of the clause before with another period, it names nothing of its own).
     */
    private static String cutTails(String name) {
        String s = afterReportingVerb(AcronymGloss.strip(name));
        Matcher lc = LEADING_COMPARISON.matcher(s);
        if (lc.lookingAt()) {
            s = s.substring(lc.end());
        }
        Matcher c = COMPARISON_TAIL.matcher(s);
        if (c.find()) {
            if (c.start() == 0) {
                return "";
            }
            if (c.start() >= 2) {
                s = s.substring(0, c.start());
            }
        }
        Matcher r = TRAILING_RANGE_START.matcher(s);
        if (r.find() && r.start() >= 2 && CjkChars.isHan(s.charAt(r.start() - 1))) {
            s = s.substring(0, r.start());
        }
        Matcher t = TARGET_TAIL.matcher(s);
        if (t.find() && t.start() >= 2) {
            s = s.substring(0, t.start());
        }
        s = SIZE_AFTER_TOTAL.matcher(s).replaceFirst("");
        s = TIME_AFTER_REGION.matcher(s).replaceFirst("$1");
        if (s.length() > 4) {
            s = EVERY_KIND.matcher(s).replaceAll("");
        }
        return TRAILING_SYMBOLS.matcher(s).replaceFirst("");
    }

    /**
     * The object of an outcome verb that opens the phrase or follows one leading word (全市建成, 高标准建成), unless
     * the verb and the next word make one dictionary word or the next word is a one-character noun that suffixes it
     * (建成区, built-up area, is a noun, not 建成 + 区).
     * Chained verbs go together (建成开通5G基站). The object must hold a noun or end in a counted thing (充电桩).
     */
    private static String afterOutcomeVerb(String s) {
        List<PartOfSpeech.Word> words = PartOfSpeech.tag(s);
        int cut = -1;
        for (int k = 0; k < words.size() - 1 && k <= Math.max(1, cut + 1); k++) {
            PartOfSpeech.Word next = words.get(k + 1);
            String verb = words.get(k).text();
            if (OUTCOME_VERBS.contains(verb) && !PartOfSpeech.isWord(verb + next.text()) && !nounSuffix(next)) {
                cut = k;
            }
        }
        if (cut < 0) {
            return s;
        }
        List<PartOfSpeech.Word> rest = words.subList(cut + 1, words.size());
        boolean counted = rest.stream().anyMatch(PartOfSpeech.Word::isNoun) || rest.get(rest.size() - 1).tag().equals("q");
        return counted && rest.size() >= 1 && join(rest).length() >= 2 ? join(rest) : s;
    }

    /** 实现, 完成 between two nouns. */
    private static final Set<String> INNER_LIGHT_VERBS = Set.of("实现", "完成");

    /**
     * 规模以上工业企业实现营业收入: a light verb between a subject and its object only links them; the figure is the
     * subject's object (规模以上工业企业营业收入). A leading place subject is left to the framing rule below.
     */
    private static String withoutInnerLightVerb(String s) {
        if (INNER_LIGHT_VERBS.stream().noneMatch(s::contains)) {
            return s; // most names hold neither verb: no tagging needed
        }
        List<PartOfSpeech.Word> words = PartOfSpeech.tag(s);
        for (int k = 1; k < words.size() - 1; k++) {
            if (INNER_LIGHT_VERBS.contains(words.get(k).text()) && words.get(k - 1).isNoun() && !words.get(k - 1).isPlace()
                    && !ADMIN.contains(words.get(k - 1).text())
                    && words.get(k + 1).isNoun()) {
                return join(words.subList(0, k)) + join(words.subList(k + 1, words.size()));
            }
        }
        return s;
    }

    /**
     * 研发经费投入强度大幅(提高到): an adverb closing the words modified the verb that followed them, which the
     * clause already took away; a name never ends in one.
     */
    private static String withoutTrailingAdverbs(String s) {
        List<PartOfSpeech.Word> words = PartOfSpeech.tag(s);
        int end = words.size();
        while (end > 1 && (words.get(end - 1).tag().equals("d") || words.get(end - 1).tag().equals("ad"))) {
            end--;
        }
        if (end == words.size()) {
            return s;
        }
        String kept = join(words.subList(0, end));
        return kept.length() >= 2 ? kept : s;
    }

    private static boolean nounSuffix(PartOfSpeech.Word w) {
        return w.text().length() == 1 && w.tag().startsWith("n");
    }

    private static String afterReportingVerb(String s) {
        Matcher r = REPORTED.matcher(s);
        int from = -1;
        while (r.find()) {
            from = r.end();
        }
        return from > 0 && s.length() - from >= 2 ? s.substring(from) : s;
    }

    /** 价格计算的国内生产总值, 在国内具有较强影响力的双跨平台: a verb clause ending in 的 modifies the head after it. */
    private static String afterModifierClause(String s, List<PartOfSpeech.Word> words) {
        int de = s.lastIndexOf('的');
        if (de <= 0 || s.length() - de - 1 < 4) {
            return s;
        }
        String head = s.substring(de + 1);
        int pos = 0;
        boolean verbBefore = false;
        for (PartOfSpeech.Word w : words) {
            if (pos >= de) {
                break;
            }
            verbBefore |= w.tag().equals("v") || w.tag().equals("vi");
            pos += w.text().length();
        }
        return verbBefore && PartOfSpeech.tag(head).stream().anyMatch(PartOfSpeech.Word::isNoun) ? head : s;
    }

    /**
     * How many leading words frame the clause rather than name the value: light verbs (要, 实现), time words and
     * determiners (年末, 各类) always; an adverb, preposition or conjunction only before another such word or a
     * verb (再提高, 从目前), since before a noun it is usually part of the name (自然增长率); a place only as the
     * subject of such words (肇庆完成, X市要实现), not as a modifier (太原人口).
     */
    private static int leadingFunctionWords(List<PartOfSpeech.Word> words) {
        int k = 0;
        while (k < words.size()) {
            if (framesAt(words, k)) {
                k++;
                continue;
            }
            int named = adminNameEnd(words, k);
            if (named > k && named < words.size() && framesAt(words, named)) {
                // 江北市要实现…: a name closed by 市/县/区 is a region whatever the dictionary calls its first part.
                k = named;
                continue;
            }
            if (words.get(k).isPlace()) {
                int after = k + 1;
                if (after < words.size() && ADMIN.contains(words.get(after).text())) {
                    after++;
                }
                if (after < words.size() && !words.get(after).tag().equals("w") && framesAt(words, after)) {
                    k = after;
                    continue;
                }
            }
            break;
        }
        return k;
    }

    /**
     * The comparison base when the words are nothing else (比2019年同期, 较上年), else null: the value compares the
     * subject of the clause before with that base.
     */
    static String comparisonBase(String name) {
        if (name == null) {
            return null;
        }
        Matcher c = COMPARISON_TAIL.matcher(name.strip());
        return c.lookingAt() ? c.group() : null;
    }

    /** The index after a region name of at most three words that ends in 市/省/县/区/州 at {@code k}, or k. */
    private static int adminNameEnd(List<PartOfSpeech.Word> words, int k) {
        for (int j = k + 1; j <= k + 3 && j < words.size(); j++) {
            String t = words.get(j).text();
            if (t.length() == 1 && ADMIN.contains(t)) {
                return j + 1;
            }
            if (!words.get(j - 1).tag().startsWith("n") && !words.get(j - 1).tag().equals("s")) {
                break;
            }
        }
        return k;
    }

    private static boolean framesAt(List<PartOfSpeech.Word> words, int k) {
        PartOfSpeech.Word w = words.get(k);
        if (TIME_PREPOSITIONS.contains(w.text()) && k + 1 < words.size() && words.get(k + 1).tag().equals("t")) {
            return true; // 到2025年: a deadline, not a part of the name
        }
        if (LIGHT_VERBS.contains(w.text()) || ALWAYS_FRAMING_TAGS.contains(w.tag())) {
            return true;
        }
        if (!LEADING_FUNCTION_TAGS.contains(w.tag())) {
            return false;
        }
        if (k + 1 >= words.size()) {
            return true;
        }
        PartOfSpeech.Word next = words.get(k + 1);
        return isFunctionWord(next) || next.tag().equals("v") || next.tag().equals("vi") || next.tag().equals("t");
    }

    private static boolean isFunctionWord(PartOfSpeech.Word w) {
        return LEADING_FUNCTION_TAGS.contains(w.tag()) || LIGHT_VERBS.contains(w.text());
    }

    /**
     * 从目前再提高: framing words and a change verb say how the value moves, not what moves; the subject of the clause
     * before is the name. A verb that names an activity (新增就业, 修复山体) is no change verb and stays.
     */
    private static boolean framedChange(List<PartOfSpeech.Word> words) {
        boolean change = false;
        for (PartOfSpeech.Word w : words) {
            if (CHANGE_VERBS.contains(w.text())) {
                change = true;
            } else if (!isFunctionWord(w)) {
                return false;
            }
        }
        return change;
    }

    private static boolean allFunctionWords(List<PartOfSpeech.Word> words) {
        return words.stream().allMatch(MetricPhrase::isFunctionWord);
    }

    private static boolean endsInVerb(List<PartOfSpeech.Word> words) {
        String tag = words.get(words.size() - 1).tag();
        return tag.equals("v") || tag.equals("vi");
    }

    private static String join(List<PartOfSpeech.Word> words) {
        StringBuilder b = new StringBuilder();
        for (PartOfSpeech.Word w : words) {
            b.append(w.text());
        }
        return b.toString();
    }
}
