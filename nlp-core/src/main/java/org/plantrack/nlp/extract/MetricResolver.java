package org.plantrack.nlp.extract;

import static org.plantrack.nlp.extract.TextWindow.tail;
import static org.plantrack.nlp.text.CjkChars.hasHan;
import static org.plantrack.nlp.text.CjkChars.isAsciiDigit;
import static org.plantrack.nlp.text.CjkChars.isAsciiLetter;
import static org.plantrack.nlp.text.CjkChars.isHan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names what each mention of a sentence measures, and reads its prefix qualifier, change, 由A到B baseline and
 * 分别 list: the metric is the noun phrase of the value's clause, inherited from an earlier clause when the
 * value's own clause names none.
 */
final class MetricResolver {

    private MetricResolver() {
    }

    private static final String DELIMS = "，,；;：:。！？!?、|";
    private static final String[] QUAL_GE = {"不低于", "不少于", "超过", "突破", "高于", "多于", "大于", "逾", "超"};
    private static final String[] QUAL_LE = {"不超过", "不高于", "控制在", "低于", "少于", "小于"};
    private static final String[] QUAL_APPROX = {"接近", "将近", "大约", "约", "近", "差不多", "几乎", "大概", "大致"};
    /**
     * 几乎达到300公顷, 差不多有12亿元, 几乎翻了一番: an approximation may stand before the verb that states the value.
     */
    private static final Pattern STATING_VERB_AT_END = Pattern.compile("(?:达到了|达到|达|有|为|是|翻了|翻)$");
    private static final Pattern BASELINE_GAP = Pattern.compile(
            "^(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|缩减|压减|调整|升|降|增)?(?:到|至|为)"
            + "(?:(?:\\d{4}|20XX)年(?:底|末)?|“?十[一二三四五六七]五”?(?:期)?末)?的?$");
    private static final Pattern MONEY_METRIC = Pattern.compile(
            "(?:生产总值|GDP|收入|投资|总额|产值|营收|营业收入|资金|经济总量|税收|存款|贷款|支出|利润|销售额|交易额|规模)$");
    private static final Pattern FROM = Pattern.compile("[由从][^，,；;。：:、]{0,12}$");
    private static final Pattern GENERIC = Pattern.compile("^(?:总量|总额|规模|总规模|增速|增幅|比重|占比|总数|数量|总计|合计)$");
    private static final Pattern FENBIE = Pattern.compile(
            "分别(?:累计|年均)?(?:为|是|达到|达|增长|增加|提高|提升|下降|降低|减少|比上年增长|比上年下降|同比增长|同比下降)?$");

    /** What a share is a share of, when the words after it say (八成以上投入民生领域, 60%用于基层). */
    private static final Pattern SHARE_OF = Pattern.compile(
            "^(?:以上|以下|左右|多)?(" + NumberMentions.SHARE_VERB.pattern() + "[^，,；;。：:、！？!?（(]{1,10})");

    /** 比上年(以下简称同比)增长: an aside that defines a short form is not part of any name. */
    private static final Pattern ALIAS_ASIDE = Pattern.compile("[（(](?:以下)?简称[^（()）]{1,12}[）)]");

    /** 两年平均(增长), 三年平均: a rate averaged over a stated number of years. */
    private static final Pattern AVERAGED_OVER_YEARS = Pattern.compile("(?:[两三四五六七八九十]|\\d{1,2})年平均");

    static void resolve(String s, List<Mention> ms) {
        Mention prev = null;
        for (int idx = 0; idx < ms.size(); idx++) {
            Mention m = ms.get(idx);
            String before = tail(s, m.start, 40);
            if (m.qualifier == null) {
                String q = prefixQualifier(before);
                if (q != null) {
                    m.qualifier = q;
                } else if (before.endsWith("向") && s.startsWith("迈进", m.end)) {
                    m.qualifier = "~"; // 向万亿元迈进: approaching
                }
            }
            // 由A提高到B: A is the baseline of B.
            if (prev != null && !prev.suppressed && prev.unit.equals(m.unit)
                    && BASELINE_GAP.matcher(s.substring(prev.end, m.start)).matches()
                    && FROM.matcher(tail(s, prev.start, 16)).find()) {
                m.baseline = prev.value;
                prev.suppressed = true;
                int base = Math.max(0, prev.start - 16);
                Matcher fm = FROM.matcher(s.substring(base, prev.start));
                fm.find();
                int fromAt = base + fm.start();
                int cs = clauseStart(s, fromAt, null);
                String name = Metric.clean(s.substring(cs, fromAt)).name;
                m.metric = name.isEmpty() ? prev.metric : name;
                m.inheritedMetric = prev.inheritedMetric;
                m.change = null;
                if (m.qualifier == null || prev.qualifier != null && prev.qualifier.equals(m.qualifier)) {
                    m.qualifier = null;
                }
                prev = m;
                continue;
            }
            if (m.rangeHigh && prev != null && prev.rangeLow) {
                m.metric = prev.metric;
                m.change = prev.change;
                prev = m;
                continue;
            }
            // 年产值10亿元以上的企业达到25家: a class boundary before the value is part of its name, no earlier value.
            Mention boundary = prev != null && PolicyParameters.isClassBoundary(s, prev) ? null : prev;
            int clauseStart = clauseStart(s, m.start, boundary);
            String rawLeft = ALIAS_ASIDE.matcher(s.substring(clauseStart, m.start)).replaceAll("");
            Metric lm = Metric.clean(rawLeft);
            // 引进3至5家龙头企业: the counted thing follows the high end of a range.
            int rightFrom = m.rangeLow && idx + 1 < ms.size() && ms.get(idx + 1).rangeHigh ? ms.get(idx + 1).end : m.end;
            // 面向1万名技术人员的素质提升培训: a value after 面向 counts the audience of what follows, which names it.
            boolean audience = AUDIENCE.matcher(rawLeft).find();
            String right = rightPhrase(s, rightFrom, audience ? AUDIENCE_PHRASE_LENGTH : PHRASE_LENGTH);
            String metric = audience && right != null ? "" : lm.name;
            boolean ofNoun = right != null && rightFrom < s.length() && s.charAt(rightFrom) == '的';
            if (ofNoun) {
                metric = right;
            } else if (right != null && (metric.isEmpty() || metric.length() <= 3 || lm.verbOnly)) {
                metric = (lm.verbOnly || metric.length() <= 3 ? metric : "") + right;
            } else if (right != null && !m.chinese && !Units.isMeasure(NumberMentions.stripMultiplier(m.unit))
                    && !Units.isPercent(m.unit)) {
                // 惠及28万个家庭 / 组织开展57个课题研究: a clause ending in a verb takes its object along.
                metric = right.length() >= 2 ? (metric.length() <= 4 || lm.endsWithVerb ? metric + right : right) : metric;
            }
            m.change = lm.change;
            if (metric.equals("经济") && "increase".equals(m.change)) {
                metric = "经济增长"; // 经济增长5%左右: the growth rate of the economy, not "经济"
            }
            boolean bare = m.unit.equals("万") || m.unit.equals("亿") || m.unit.equals("万亿");
            if ((metric.isEmpty() || bare && !hasHan(metric)) && prev != null) {
                Mention from = inheritFrom(ms, idx, m);
                if (from != null) {
                    metric = from.metric;
                    m.inheritedMetric = true;
                    Matcher av = AVERAGED_OVER_YEARS.matcher(rawLeft);
                    if (av.find()) {
                        // 比上年增长8.1%，两年平均增长6.0%: the average over two years is a figure of its own.
                        metric = metric + av.group();
                    }
                }
            } else if (GENERIC.matcher(metric).matches() && prev != null) {
                Mention from = inheritFrom(ms, idx, m);
                if (from != null) {
                    metric = from.metric + metric;
                }
            }
            if (prev != null && m.unit.endsWith("百分点") && COMPARED.matcher(metric).matches() && prev.metric != null
                    && !prev.metric.isEmpty()) {
                // 增长6.1%，高于全国1.1个百分点: the gap between the previous rate and a reference.
                metric = prev.metric + ("increase".equals(prev.change) || "decrease".equals(prev.change) ? "增速" : "")
                        + metric;
                m.change = null;
                m.inheritedMetric = true;
            }
            if (metric.isEmpty() && !rawLeft.isBlank() && prev == null && clauseStart > 0
                    && ",，".indexOf(s.charAt(clauseStart - 1)) >= 0) {
                // 汽车保有量较2020年翻了两番，达到12万辆: the subject of the previous clause is what reached it.
                String subject = subjectOf(s, clauseStart - 1);
                if (subject != null) {
                    metric = subject;
                    m.inheritedMetric = true;
                }
            }
            if ((m.unit.equals("成") || Units.isPercent(m.unit)) && m.change == null && !metric.isEmpty()
                    && !m.inheritedMetric) {
                // 财政支出八成以上投入民生领域: the share is named by its subject and what it goes to.
                Matcher so = SHARE_OF.matcher(s.substring(m.valueEnd));
                if (so.find()) {
                    metric = metric + Metric.cutRight(so.group(1)) + "比重";
                }
            }
            m.metric = metric;
            if (bare) {
                // Bare multiplier: people when the metric is a population, otherwise not an indicator.
                if (metric.endsWith("人口") || metric.endsWith("人数") || metric.endsWith("人")) {
                    m.unit = m.unit + "人";
                } else if (MONEY_METRIC.matcher(metric).find()) {
                    m.unit = m.unit + "元";
                } else {
                    m.suppressed = true;
                }
            }
            prev = m;
        }
        applyLists(s, ms);
        dropPassedThresholds(s, ms);
        nounPhrases(ms);
        SharedHead.completeCountedModifiers(s, ms);
        SharedListVerb.apply(s, ms);
        Mention previous = null;
        for (Mention m : ms) {
            boolean parameter = PolicyParameters.isParameter(s, m)
                    // 分别给予一次性奖补50万元、100万元: the list continues the parameter it starts.
                    || previous != null && previous.parameter && previous.unit.equals(m.unit)
                    && LIST_GAP.matcher(s.substring(previous.end, m.start)).matches();
            m.parameter = parameter;
            if (parameter || m.metric != null && OWN_INDICATORS.matcher(m.metric).find()
                    || MeetingNarration.countsTheMeeting(s, m) || RankShift.isRankShift(s, m)) {
                m.suppressed = true;
            }
            previous = m;
        }
    }

    /** A name that opens with 占 (占地区生产总值的比重) states the whole of a share but not its part. */
    private static final Pattern SHARE_OF_WHOLE = Pattern.compile("占(?!用|地)");

    private static final Pattern LIST_GAP = Pattern.compile("^(?:、|和|及|或|，|,|/)$");

    /**
     * Each name cut down to the noun phrase it holds; a name of function words only (再, 从目前) takes the
     * subject of the clause before it (…增长6%，再提高1个百分点).
     */
    private static void nounPhrases(List<Mention> ms) {
        String subject = null;
        boolean subjectCompared = false;
        for (Mention m : ms) {
            if (m.metric == null || m.metric.isEmpty()) {
                continue;
            }
            String phrase = MetricPhrase.of(m.metric);
            if (phrase.isEmpty() && subject != null) {
                // 武汉市GDP比去年同期增长28.6%，比2019年同期增长3.5%: a second change of the subject against
                // another base is another figure, named by its base; a first one is the subject's own change.
                String base = MetricPhrase.comparisonBase(m.metric);
                m.metric = base != null && subjectCompared && m.change != null ? subject + base : subject;
                m.inheritedMetric = true;
                continue;
            } else if (GENERIC.matcher(phrase).matches() && subject != null && !subject.endsWith(phrase)) {
                // …增长4.6%，增速比上年回落2.3个百分点: a bare 增速 or 比重 is the subject's.
                m.metric = subject + phrase;
            } else if (SHARE_OF_WHOLE.matcher(phrase).lookingAt() && subject != null) {
                // …城镇常住人口X万人，占常住人口的比重为Y%: the share's part is the subject of the clause before.
                m.metric = subject + phrase;
            } else if (!phrase.isEmpty()) {
                m.metric = phrase;
            }
            if (!m.suppressed && !m.metric.isEmpty()) {
                subject = m.metric;
                subjectCompared = m.change != null;
            }
        }
    }

    /**
     * 约束性指标占比超过三分之一, 主要指标20项: a plan describing its own indicator system counts parts of the text,
     * not the region (GUIDELINES second round 7).
     */
    private static final Pattern OWN_INDICATORS = Pattern.compile("指标(?:占比|比重|数量|个数|数)?$");

    private static final Pattern THEN_LEVEL = Pattern.compile("^(?:大关|关口|台阶)?[，,]?(?:达到了|达到|达|为|实现)$");

    /** 突破万亿元，达到1.05万亿元: the threshold passed is implied by the level that follows; keep the level. */
    private static void dropPassedThresholds(String s, List<Mention> ms) {
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i), b = ms.get(i + 1);
            if (a.suppressed || b.suppressed || !">=".equals(a.qualifier) || !a.unit.equals(b.unit)
                    || a.metric == null || !a.metric.equals(b.metric) || b.value.compareTo(a.value) < 0
                    || !THEN_LEVEL.matcher(s.substring(a.end, b.start)).matches()) {
                continue;
            }
            a.suppressed = true;
        }
    }

    private static final Pattern COMPARED = Pattern.compile(
            "(?:高于|低于|快于|慢于|超过|超出|领先)(?:全国|全省|全市|全区|全州|全球|全国平均|全省平均|平均)(?:平均)?(?:水平)?"
            // 比全省平均高0.5个百分点: the same gap with the reference before the comparative
            + "|比(?:全国|全省|全市|全区|全州)(?:平均)?(?:水平)?(?:高|低|快|慢|高出|多)");
    private static final Pattern LEADING_INTENT = Pattern.compile("^(?:力争|确保|争取|努力|要|将|全面|基本|实现|推动|推进)+");
    private static final Pattern SUBJECT_END = Pattern.compile(
            "较|比|同比|与|翻|增长|增加|提高|提升|下降|降低|减少|实现|达到|持续|稳步|大幅|明显|保持|继续|进一步|位居|位列|跃居");

    /** The subject at the start of the clause ending at {@code end}: the words before its first verb or comparison. */
    private static String subjectOf(String s, int end) {
        int k = end;
        while (k > 0 && DELIMS.indexOf(s.charAt(k - 1)) < 0) {
            k--;
        }
        // 力争实现人均地区生产总值比2020年翻一番: the subject follows the leading intention words.
        String clause = LEADING_INTENT.matcher(s.substring(k, end)).replaceFirst("");
        Matcher v = SUBJECT_END.matcher(clause);
        if (!v.find() || v.start() < 2) {
            return null;
        }
        String name = Metric.clean(clause.substring(0, v.start())).name;
        return name.length() >= 2 && name.length() <= 16 && hasHan(name) ? name : null;
    }

    /** The earlier mention whose metric a value without its own name continues (same unit first). */
    private static Mention inheritFrom(List<Mention> ms, int idx, Mention m) {
        int stop = Math.max(0, idx - 12);
        if (m.change == null) {
            for (int k = idx - 1; k >= stop; k--) {
                Mention p = ms.get(k);
                if (p.unit.equals(m.unit) && p.metric != null && !p.metric.isEmpty() && p.change == null) {
                    return p;
                }
            }
        }
        for (int k = idx - 1; k >= stop; k--) {
            Mention p = ms.get(k);
            if (p.metric != null && !p.metric.isEmpty()) {
                return p;
            }
        }
        return null;
    }

    private static int clauseStart(String s, int pos, Mention prev) {
        int k = pos;
        int depth = 0;
        while (k > 0) {
            char c = s.charAt(k - 1);
            if (c == ')' || c == '）') {
                depth++;
            } else if (c == '(' || c == '（') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && DELIMS.indexOf(c) >= 0) {
                break;
            }
            k--;
        }
        if (prev != null && prev.end > k && prev.end <= pos) {
            k = prev.end;
        }
        return k;
    }

    /**
     * 比重超45%的目标, 增长8%的水平: after a value these words say what kind of figure it is, not what it counts;
     * the name is then the clause before the value.
     */
    private static final Pattern STANDARD_WORD = Pattern.compile("^(?:目标|预期目标|任务|目标任务|要求|水平|标准|台阶|大关|关口)$");

    /** The noun phrase right after a value (2835个老旧小区, 230公里的东西山旅游公路), or null. */
    private static final int PHRASE_LENGTH = 18;
    private static final int AUDIENCE_PHRASE_LENGTH = 32;
    private static final Pattern AUDIENCE = Pattern.compile("面向$");

    private static String rightPhrase(String s, int end, int maxLength) {
        if (end >= s.length()) {
            return null;
        }
        char c = s.charAt(end);
        if (!(isHan(c) || c == '“' || c == '"' || isAsciiLetter(c))) {
            return null;
        }
        int k = end;
        int depth = 0;
        while (k < s.length() && k - end < maxLength) {
            char d = s.charAt(k);
            if (d == '(' || d == '（') {
                depth++;
            } else if ((d == ')' || d == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && (DELIMS.indexOf(d) >= 0 || d == ')' || d == '）' || isAsciiDigit(d))) {
                break;
            }
            k++;
        }
        String r = Metric.stripQuotes(CoordinatedObjects.name(s, end, k));
        if (r.startsWith("的")) {
            r = r.substring(1);
        }
        if (Metric.startsWithPredicate(r)) {
            return null;
        }
        r = Metric.cutRight(r);
        return r.length() >= 2 && hasHan(r) && !STANDARD_WORD.matcher(r).matches() ? r : null;
    }

    /** X、Y分别降低13.5%、18%: one metric per value. */
    private static void applyLists(String s, List<Mention> ms) {
        for (int idx = 0; idx < ms.size(); idx++) {
            Mention m = ms.get(idx);
            int base = Math.max(0, m.start - 16);
            Matcher f = FENBIE.matcher(s.substring(base, m.start));
            if (!f.find()) {
                continue;
            }
            List<Mention> run = new ArrayList<>();
            run.add(m);
            for (int k = idx + 1; k < ms.size(); k++) {
                String gap = s.substring(ms.get(k - 1).end, ms.get(k).start);
                if (gap.equals("、") || gap.equals("和") || gap.equals(",") || gap.equals("，")) {
                    run.add(ms.get(k));
                } else {
                    break;
                }
            }
            int fs = base + f.start();
            int cs = fs;
            while (cs > 0 && "，,；;：:。！？!?".indexOf(s.charAt(cs - 1)) < 0) {
                cs--;
            }
            String itemsText = s.substring(cs, fs);
            String verb = f.group().substring(2);
            String[] items = itemsText.split("[、和及与]");
            if (items.length > run.size() && itemsText.split("、").length == run.size()) {
                // 化学原料和化学制品制造业、汽车制造业…分别: 和 joins words inside a member; 、 separates members.
                items = itemsText.split("、");
            }
            // 城乡居民人均可支配收入分别… : urban and rural values of one measure.
            if (items.length == 1 && run.size() == 2 && items[0].strip().startsWith("城乡")) {
                String rest = items[0].strip().substring(2);
                items = new String[] {"城镇" + rest, "农村" + rest};
            }
            // 全年粮食、油料、蔬菜产量: the time and scope words before the first member frame the whole list, so the
            // members are compared without them when they share the head written after the last.
            for (int k = 0; k < items.length && items.length >= 2; k++) {
                String member = Metric.clean(items[k]).name;
                if (!member.isEmpty()) {
                    items[k] = member;
                }
            }
            items = SharedHead.complete(OrdinalList.expand(items));
            // "…58620元，…32150元，分别增长4.9%和6.8%": nothing named before 分别, so the values continue the
            // metrics of the same number of values before them, in order.
            if (itemsText.isBlank() && idx >= run.size() && run.size() >= 2) {
                String change = Metric.clean("X" + verb).change;
                for (int k = 0; k < run.size(); k++) {
                    Mention earlier = ms.get(idx - run.size() + k);
                    if (earlier.metric != null && !earlier.metric.isEmpty()) {
                        run.get(k).metric = earlier.metric;
                        run.get(k).inheritedMetric = true;
                    }
                    run.get(k).change = change;
                }
                idx += run.size() - 1;
                continue;
            }
            if (items.length != run.size() || items.length < 2) {
                continue;
            }
            Metric head = Metric.clean(items[0] + verb);
            String change = Metric.clean("X" + verb).change;
            for (int k = 0; k < run.size(); k++) {
                String name = k == 0 ? head.name : Metric.clean(items[k]).name;
                if (!name.isEmpty()) {
                    run.get(k).metric = name;
                    run.get(k).inheritedMetric = false;
                }
                run.get(k).change = change;
            }
            idx += run.size() - 1;
        }
    }

    /**
     * The qualifier of the longest qualifying word right before a value: 不低于 and 不少于 are at least, although they
     * end in 低于 and 少于 (at most).
     */
    static String prefixQualifier(String before) {
        String b = before.strip();
        String best = null;
        int longest = 0;
        String[][] words = {QUAL_LE, QUAL_GE, QUAL_APPROX};
        String[] meaning = {"<=", ">=", "~"};
        for (int k = 0; k < words.length; k++) {
            for (String q : words[k]) {
                if (q.length() > longest && b.endsWith(q)) {
                    best = meaning[k];
                    longest = q.length();
                }
            }
        }
        if (best == null) {
            String beforeVerb = STATING_VERB_AT_END.matcher(b).replaceFirst("");
            if (beforeVerb.length() < b.length()) {
                for (String q : QUAL_APPROX) {
                    if (beforeVerb.endsWith(q)) {
                        return "~";
                    }
                }
            }
        }
        return best;
    }
}
