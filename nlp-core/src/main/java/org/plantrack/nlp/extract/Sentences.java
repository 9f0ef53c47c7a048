package org.plantrack.nlp.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Number+unit mentions of one sentence, and their metric, qualifier, change, baseline and list structure. */
final class Sentences {

    private Sentences() {
    }

    private static final String RANGE_SEP = "至到-~～—－";
    /** unit + following char that make an ordinary word, not a counted unit (所有, 成为, 人民 …). */
    private static final Set<String> NOT_UNIT = Set.of(
            "所有", "所在", "所以", "所属", "起来", "起步", "起点", "成为", "成果", "成效", "成功", "成立", "成本", "成长", "成熟",
            "成就", "成绩", "成员", "支持", "支出", "支撑", "支付", "处理", "处置", "处于", "处罚", "位于", "位置", "批准", "批复",
            "台阶", "种植", "种子", "人民", "人才", "人口", "人均", "人员", "人群", "人士", "家庭", "家园", "个人", "名单", "名称",
            "名列", "条件", "条例", "项目", "场所", "场景", "例如", "间隔", "次全", "次会", "次党", "次代", "次人", "次集", "次常",
            "座谈", "张力", "头部", "只有", "只要", "类型", "类别", "片区", "根本", "户籍", "套餐", "起草", "宗旨", "期间", "倍增",
            "名牌", "条线", "号线", "个月", "个工", "个小", "个季", "个星", "个别", "个体", "个性", "个方", "个领", "个环", "个维", "个层", "个板", "大方", "项原", "条原", "个原");

    // ------------------------------------------------------------------ mentions

    static List<Mention> mentions(String s) {
        List<Mention> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c) && (i == 0 || !isDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.')) {
                int j = i;
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                i = arabic(s, i, out);
                if (i <= j) {
                    i = j;
                }
                while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                continue;
            }
            if (c == '百' && s.startsWith("百分之", i)) {
                Mention m = percentWords(s, i);
                if (m != null) {
                    out.add(m);
                    i = m.end;
                    continue;
                }
            }
            if (ChineseNumbers.isNumeralChar(c) && (i == 0 || !ChineseNumbers.isNumeralChar(s.charAt(i - 1)))) {
                int j = i;
                while (j < n && ChineseNumbers.isNumeralChar(s.charAt(j))) {
                    j++;
                }
                Mention m = chinese(s, i, j);
                if (m != null) {
                    out.add(m);
                    i = m.end;
                } else {
                    i = j;
                }
                continue;
            }
            i++;
        }
        out.removeIf(m -> insideShortQuote(s, m.start));
        return out;
    }

    /** Parses an Arabic number at i; adds 0..2 mentions; returns the index to continue from. */
    private static int arabic(String s, int i, List<Mention> out) {
        int n = s.length();
        int j = numberEnd(s, i);
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        char prev2 = i > 1 ? s.charAt(i - 2) : ' ';
        if (isAsciiLetter(prev) && !isAcronym(s, i) || prev == '第' || prev == '+' || prev == '#' || prev == '№'
                || ("-/:：.".indexOf(prev) >= 0 && isDigit(prev2))) {
            return j;
        }
        if (j < n) {
            char next = s.charAt(j);
            if (isAsciiLetter(next) || next == '+' || next == '号' || next == '×'
                    || ("-/:：".indexOf(next) >= 0 && j + 1 < n && isDigit(s.charAt(j + 1)) && !isRangeToUnit(s, j))) {
                return j;
            }
        }
        BigDecimal value = new BigDecimal(s.substring(i, j).replace(",", ""));
        // Range: 3至5家, 5%-6%, 3-5个.
        if (j + 1 < n && RANGE_SEP.indexOf(s.charAt(j)) >= 0 && isDigit(s.charAt(j + 1))) {
            int k = j + 1;
            int j2 = numberEnd(s, k);
            Mention hi = unitAfter(s, k, j2, new BigDecimal(s.substring(k, j2).replace(",", "")), false);
            if (hi != null) {
                Mention lo = new Mention();
                lo.start = i;
                lo.valueEnd = j;
                lo.end = j;
                lo.value = value;
                lo.unit = hi.unit;
                lo.qualifier = ">=";
                lo.rangeLow = true;
                hi.qualifier = "<=";
                hi.rangeHigh = true;
                out.add(lo);
                out.add(hi);
                return hi.end;
            }
        }
        Mention m = unitAfter(s, i, j, value, false);
        if (m == null) {
            return j;
        }
        // Range with units on both sides: 5%-6%.
        if (m.end + 1 < n && RANGE_SEP.indexOf(s.charAt(m.end)) >= 0 && isDigit(s.charAt(m.end + 1)) && m.qualifier == null) {
            int k = m.end + 1;
            int j2 = numberEnd(s, k);
            Mention hi = unitAfter(s, k, j2, new BigDecimal(s.substring(k, j2).replace(",", "")), false);
            // 3.5万-4万元: the low end borrows the unit of the high end.
            if (hi != null && !hi.unit.equals(m.unit) && (m.unit.equals("万") || m.unit.equals("亿"))
                    && hi.unit.startsWith(m.unit)) {
                m.unit = hi.unit;
            }
            if (hi != null && hi.unit.equals(m.unit)) {
                m.qualifier = ">=";
                m.rangeLow = true;
                hi.qualifier = "<=";
                hi.rangeHigh = true;
                out.add(m);
                out.add(hi);
                return hi.end;
            }
        }
        out.add(m);
        return m.end;
    }

    /** GDP2917.85亿元: an upper-case acronym of two or more letters followed by a value with a unit. */
    private static boolean isAcronym(String s, int i) {
        int k = i;
        while (k > 0 && s.charAt(k - 1) >= 'A' && s.charAt(k - 1) <= 'Z') {
            k--;
        }
        if (i - k < 2 || k > 0 && isAsciiLetter(s.charAt(k - 1))) {
            return false;
        }
        int j = numberEnd(s, i);
        while (j < s.length() && (s.charAt(j) == '万' || s.charAt(j) == '亿')) {
            j++;
        }
        return Units.match(s, j) != null;
    }

    private static boolean isRangeToUnit(String s, int j) {
        if (s.charAt(j) != '-') {
            return false;
        }
        int k = numberEnd(s, j + 1);
        return k < s.length() && Units.match(s, k) != null;
    }

    private static int numberEnd(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        while (j + 3 < n && s.charAt(j) == ',' && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
                && isDigit(s.charAt(j + 3)) && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
            j += 4;
        }
        if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    /** Reads 多/余, 万/亿 multipliers, the unit and a suffix qualifier after a number ending at j. */
    private static Mention unitAfter(String s, int start, int j, BigDecimal value, boolean chinese) {
        return unitAfter(s, start, j, value, chinese, "");
    }

    private static Mention unitAfter(String s, int start, int j, BigDecimal value, boolean chinese, String mult) {
        int n = s.length();
        int k = j;
        String qualifier = null;
        if (k < n && (s.charAt(k) == '多' || s.charAt(k) == '余')) {
            qualifier = ">=";
            k++;
        }
        String unit = mult.isEmpty() ? Units.match(s, k) : null;
        if (unit == null && mult.isEmpty() && !chinese && k < n && (s.charAt(k) == '岁' || s.charAt(k) == '年')
                && DURATION_METRIC.matcher(tail(s, start, 16)).find()) {
            // 人均预期寿命达到80岁, 平均受教育年限提高到11.5年: ages and years are the measure here.
            unit = String.valueOf(s.charAt(k));
        }
        if (unit == null) {
            int mk = k;
            StringBuilder mb = new StringBuilder(mult);
            while (mk < n && mb.length() < 2 && (s.charAt(mk) == '万' || s.charAt(mk) == '亿')) {
                mb.append(s.charAt(mk));
                mk++;
            }
            if (mk < n && (s.charAt(mk) == '多' || s.charAt(mk) == '余')) {
                qualifier = ">=";
                mk++;
            }
            String u = Units.match(s, mk);
            if (mb.length() == 0) {
                return null;
            }
            if (u == null) {
                // A bare multiplier (530万): the unit is implied; the resolver may supply it from the metric.
                if (chinese) {
                    return null;
                }
                unit = mb.toString();
                k = mk;
            } else {
                unit = mb + u;
                k = mk + u.length();
                if (chinese && !Units.isMeasure(u) && mult.isEmpty() && mb.length() == 0) {
                    return null;
                }
            }
        } else {
            if (chinese && !Units.isMeasure(unit)) {
                return null;
            }
            k += unit.length();
        }
        String base = stripMultiplier(unit);
        if (base.length() == 1 && k < n) {
            String w = base + s.charAt(k);
            if (NOT_UNIT.contains(w)) {
                return null;
            }
            // 成 is a tenth (七成 = 70%) only as a share: 八成以上, 七成用于民生, 近三成的企业 — not 一成不变, 八成新.
            if (base.equals("成") && isHan(s.charAt(k)) && !s.startsWith("以上", k) && !s.startsWith("左右", k)
                    && !s.startsWith("以下", k) && !s.startsWith("多", k) && !SHARE_VERB.matcher(s.substring(k)).lookingAt()
                    && !s.startsWith("的", k)) {
                return null;
            }
            if (base.equals("成") && value.compareTo(BigDecimal.TEN) > 0) {
                return null;
            }
        }
        if (base.equals("次") && k + 1 < n && (s.startsWith("全会", k) || s.startsWith("会议", k))) {
            return null;
        }
        Mention m = new Mention();
        m.start = start;
        m.valueEnd = k;
        m.value = value;
        m.unit = unit;
        m.chinese = chinese;
        if (s.startsWith("以上", k)) {
            qualifier = ">=";
            k += 2;
        } else if (s.startsWith("以下", k) || s.startsWith("以内", k)) {
            qualifier = "<=";
            k += 2;
        } else if (s.startsWith("左右", k)) {
            qualifier = "~";
            k += 2;
        } else if (k < n && s.charAt(k) == '多' && qualifier == null) {
            qualifier = ">=";
            k++;
        }
        m.qualifier = qualifier;
        m.end = k;
        return m;
    }

    static String stripMultiplier(String unit) {
        int i = 0;
        while (i < unit.length() - 1 && (unit.charAt(i) == '万' || unit.charAt(i) == '亿')) {
            i++;
        }
        return unit.substring(i);
    }

    private static Mention chinese(String s, int i, int j) {
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        if (prev == '第' || prev == '届' || prev == '星' || prev == '周') {
            return null;
        }
        String num = s.substring(i, j);
        int p = num.length();
        while (p > 0 && (num.charAt(p - 1) == '万' || num.charAt(p - 1) == '亿')) {
            p--;
        }
        String mult = num.substring(p);
        String digits = num.substring(0, p);
        if (mult.length() > 2) {
            return null;
        }
        BigDecimal value;
        if (digits.isEmpty()) {
            // 万亿元 / 近万名: the multiplier alone means one of it, only with a hint that a quantity is meant.
            boolean hinted = endsWithAny(tail(s, i, 4), "近", "约", "超", "逾", "破", "突破", "上", "过", "向", "迈向")
                    || j < s.length() && (s.charAt(j) == '余' || s.charAt(j) == '多');
            if (!hinted) {
                return null;
            }
            value = BigDecimal.ONE;
        } else {
            value = ChineseNumbers.parseSmall(digits);
            if (value == null) {
                return null;
            }
        }
        Mention m = mult.isEmpty() ? unitAfter(s, i, j, value, true) : unitAfter(s, i, j, value, true, mult);
        if (m == null && !mult.isEmpty() && s.startsWith("大关", j)) {
            // 千亿大关 / 万亿大关: a money threshold.
            m = new Mention();
            m.start = i;
            m.valueEnd = j;
            m.end = j;
            m.value = value;
            m.unit = mult + "元";
            m.chinese = true;
        }
        if (m == null) {
            return null;
        }
        if (mult.isEmpty() && !Units.isMeasure(m.unit)) {
            return null;
        }
        // "一X" alone is almost always lexical (一成不变, 一倍) unless a qualifier marks a quantity.
        if (digits.equals("一") && mult.isEmpty()) {
            return null;
        }
        // 百公里示范区, 千亿级产业: a bare round numeral glued to a following noun is part of a name.
        if ((digits.equals("十") || digits.equals("百") || digits.equals("千")) && m.end < s.length()
                && isHan(s.charAt(m.end)) && m.qualifier == null && !s.startsWith("大关", m.end)
                && !s.startsWith("台阶", m.end)) {
            return null;
        }
        return m;
    }

    /** 百分之六 / 百分之5.5 → a percentage. */
    private static Mention percentWords(String s, int i) {
        int k = i + 3;
        int j = k;
        BigDecimal v = null;
        if (j < s.length() && isDigit(s.charAt(j))) {
            j = numberEnd(s, k);
            v = new BigDecimal(s.substring(k, j));
        } else {
            while (j < s.length() && ChineseNumbers.isNumeralChar(s.charAt(j)) && s.charAt(j) != '万' && s.charAt(j) != '亿') {
                j++;
            }
            if (j < s.length() && s.charAt(j) == '点' && j + 1 < s.length() && ChineseNumbers.digit(s.charAt(j + 1)) >= 0) {
                BigDecimal whole = ChineseNumbers.parseSmall(s.substring(k, j));
                int f = j + 1;
                StringBuilder frac = new StringBuilder();
                while (f < s.length() && ChineseNumbers.digit(s.charAt(f)) >= 0) {
                    frac.append(ChineseNumbers.digit(s.charAt(f)));
                    f++;
                }
                v = whole == null ? null : new BigDecimal(whole.toPlainString() + "." + frac);
                j = f;
            } else if (j > k) {
                v = ChineseNumbers.parseSmall(s.substring(k, j));
            }
        }
        if (v == null) {
            return null;
        }
        Mention m = new Mention();
        m.start = i;
        m.valueEnd = j;
        m.end = j;
        m.value = v;
        m.unit = "%";
        m.chinese = true;
        if (s.startsWith("以上", j)) {
            m.qualifier = ">=";
            m.end += 2;
        } else if (s.startsWith("以下", j) || s.startsWith("以内", j)) {
            m.qualifier = "<=";
            m.end += 2;
        } else if (s.startsWith("左右", j)) {
            m.qualifier = "~";
            m.end += 2;
        }
        return m;
    }

    private static boolean insideShortQuote(String s, int pos) {
        // Only quotes of up to 9 characters matter, so look at most that far either way.
        int open = -1;
        for (int k = pos - 1; k >= Math.max(0, pos - 9); k--) {
            char c = s.charAt(k);
            if (c == '”') {
                return false;
            }
            if (c == '“' || c == '"') {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = pos; k < Math.min(s.length(), open + 10); k++) {
            char c = s.charAt(k);
            if (c == '”' || c == '"') {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ resolution

    private static final String DELIMS = "，,；;：:。！？!?、|";
    private static final String[] QUAL_GE = {"不低于", "不少于", "超过", "突破", "高于", "多于", "大于", "逾", "超"};
    private static final String[] QUAL_LE = {"不超过", "不高于", "控制在", "低于", "少于", "小于"};
    private static final String[] QUAL_APPROX = {"接近", "将近", "大约", "约", "近"};
    private static final Pattern BASELINE_GAP = Pattern.compile(
            "^(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|缩减|压减|调整|升|降|增)?(?:到|至|为)"
            + "(?:(?:\\d{4}|20XX)年(?:底|末)?|“?十[一二三四五六七]五”?(?:期)?末)?的?$");
    private static final Pattern MONEY_METRIC = Pattern.compile(
            "(?:生产总值|GDP|收入|投资|总额|产值|营收|营业收入|资金|经济总量|税收|存款|贷款|支出|利润|销售额|交易额|规模)$");
    private static final Pattern FROM = Pattern.compile("[由从][^，,；;。：:、]{0,12}$");
    private static final Pattern GENERIC = Pattern.compile("^(?:总量|总额|规模|总规模|增速|增幅|比重|占比|总数|数量|总计|合计)$");
    private static final Pattern FENBIE = Pattern.compile("分别(?:为|是|达到|达|增长|增加|提高|提升|下降|降低|减少|比上年增长|比上年下降|同比增长|同比下降)?$");

    /** What a share is a share of, when the words after it say (八成以上投入民生领域, 60%用于基层). */
    private static final Pattern SHARE_VERB = Pattern.compile("(?:用于|投入|投向|来自|集中在|集中于|流向|分布在)");
    private static final Pattern SHARE_OF = Pattern.compile(
            "^(?:以上|以下|左右|多)?(" + SHARE_VERB.pattern() + "[^，,；;。：:、！？!?（(]{1,10})");

    /** Metrics measured in years of age or duration; the value must follow them closely in the same clause. */
    private static final Pattern DURATION_METRIC = Pattern.compile(
            "(?:寿命|年龄|年限)(?:达到|提高到|提高至|增加到|延长到|延长至|提升到|为|保持在|稳定在|超过|不低于)?(?:了)?(?:约|近)?$");

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
            int clauseStart = clauseStart(s, m.start, prev);
            String rawLeft = s.substring(clauseStart, m.start);
            Metric lm = Metric.clean(rawLeft);
            // 引进3至5家龙头企业: the counted thing follows the high end of a range.
            int rightFrom = m.rangeLow && idx + 1 < ms.size() && ms.get(idx + 1).rangeHigh ? ms.get(idx + 1).end : m.end;
            String right = rightPhrase(s, rightFrom);
            String metric = lm.name;
            boolean ofNoun = right != null && rightFrom < s.length() && s.charAt(rightFrom) == '的';
            if (ofNoun) {
                metric = right;
            } else if (right != null && (metric.isEmpty() || metric.length() <= 3 || lm.verbOnly)) {
                metric = (lm.verbOnly || metric.length() <= 3 ? metric : "") + right;
            } else if (right != null && !m.chinese && !Units.isMeasure(Sentences.stripMultiplier(m.unit))
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
    }

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
            "(?:高于|低于|快于|慢于|超过|超出|领先)(?:全国|全省|全市|全区|全州|全球|全国平均|全省平均|平均)(?:平均)?(?:水平)?");
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

    /** The noun phrase right after a value (2835个老旧小区, 230公里的东西山旅游公路), or null. */
    private static String rightPhrase(String s, int end) {
        if (end >= s.length()) {
            return null;
        }
        char c = s.charAt(end);
        if (!(isHan(c) || c == '“' || c == '"' || isAsciiLetter(c))) {
            return null;
        }
        int k = end;
        int depth = 0;
        while (k < s.length() && k - end < 18) {
            char d = s.charAt(k);
            if (d == '(' || d == '（') {
                depth++;
            } else if ((d == ')' || d == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && (DELIMS.indexOf(d) >= 0 || d == ')' || d == '）' || isDigit(d))) {
                break;
            }
            k++;
        }
        String r = Metric.stripQuotes(s.substring(end, k));
        if (r.startsWith("的")) {
            r = r.substring(1);
        }
        if (Metric.startsWithPredicate(r)) {
            return null;
        }
        r = Metric.cutRight(r);
        return r.length() >= 2 && hasHan(r) ? r : null;
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
            // 城乡居民人均可支配收入分别… : urban and rural values of one measure.
            if (items.length == 1 && run.size() == 2 && items[0].strip().startsWith("城乡")) {
                String rest = items[0].strip().substring(2);
                items = new String[] {"城镇" + rest, "农村" + rest};
            }
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

    private static String prefixQualifier(String before) {
        String b = before.strip();
        for (String q : QUAL_LE) {
            if (b.endsWith(q)) {
                return "<=";
            }
        }
        for (String q : QUAL_GE) {
            if (b.endsWith(q)) {
                return ">=";
            }
        }
        for (String q : QUAL_APPROX) {
            if (b.endsWith(q)) {
                return "~";
            }
        }
        return null;
    }

    /** The last {@code max} characters before {@code end} (bounded windows keep long sentences linear). */
    static String tail(String s, int end, int max) {
        return s.substring(Math.max(0, end - max), end);
    }

    static boolean endsWithAny(String s, String... suffixes) {
        for (String x : suffixes) {
            if (s.endsWith(x)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
