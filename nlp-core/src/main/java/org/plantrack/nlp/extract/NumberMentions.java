package org.plantrack.nlp.extract;

import static org.plantrack.nlp.extract.TextWindow.endsWithAny;
import static org.plantrack.nlp.extract.TextWindow.tail;
import static org.plantrack.nlp.text.CjkChars.isAsciiLetter;
import static org.plantrack.nlp.text.CjkChars.isHan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.plantrack.nlp.number.ChineseNumeral;
import org.plantrack.nlp.number.Multipliers;
import org.plantrack.nlp.number.NumberForm;
import org.plantrack.nlp.number.NumberScanner;
import org.plantrack.nlp.number.NumberToken;

/**
 * The number+unit mentions of one sentence: {@link NumberScanner} reads the numbers in every notation; this class
 * decides which of them are quantities (a unit follows, the context is not a date, code, list marker or name)
 * and attaches unit, range and suffix qualifier.
 */
final class NumberMentions {

    private NumberMentions() {
    }

    /** unit + following char that make an ordinary word, not a counted unit (所有, 成为, 人民 …). */
    private static final Set<String> NOT_UNIT = Set.of(
            "所有", "所在", "所以", "所属", "起来", "起步", "起点", "成为", "成果", "成效", "成功", "成立", "成本", "成长", "成熟",
            "成就", "成绩", "成员", "支持", "支出", "支撑", "支付", "处理", "处置", "处于", "处罚", "位于", "位置", "批准", "批复",
            "台阶", "种植", "种子", "人民", "人才", "人口", "人均", "人员", "人群", "人士", "家庭", "家园", "个人", "名单", "名称",
            "名列", "条件", "条例", "项目", "场所", "场景", "例如", "间隔", "次全", "次会", "次党", "次代", "次人", "次集", "次常",
            "座谈", "张力", "头部", "只有", "只要", "类型", "类别", "片区", "根本", "户籍", "套餐", "起草", "宗旨", "期间", "倍增",
            "名牌", "条线", "号线", "个月", "个工", "个小", "个季", "个星", "个别", "个体", "个性", "个方", "个领", "个环", "个维", "个层", "个板", "大方", "项原", "条原", "个原");

    /** What a share is a share of, when the words after it say (八成以上投入民生领域, 60%用于基层). */
    static final Pattern SHARE_VERB = Pattern.compile("(?:用于|投入|投向|来自|集中在|集中于|流向|分布在)");

    /** A count of days (优良天数), whose value follows it closely in the same clause. */
    private static final Pattern DAYS_METRIC = Pattern.compile("天数(?:达到|为|是|有|达|增加到|提高到|超过|不少于)?(?:了)?(?:约|近)?$");

    /** Metrics measured in years of age or duration; the value must follow them closely in the same clause. */
    private static final Pattern DURATION_METRIC = Pattern.compile(
            "(?:寿命|年龄|年限)(?:达到|提高到|提高至|增加到|延长到|延长至|提升到|为|保持在|稳定在|超过|不低于)?(?:了)?(?:约|近)?$");

    static List<Mention> mentions(String s) {
        List<Mention> out = new ArrayList<>();
        List<NumberToken> tokens = NumberScanner.scan(s);
        int consumed = 0;
        for (int k = 0; k < tokens.size(); k++) {
            NumberToken t = tokens.get(k);
            if (t.start() < consumed) {
                continue; // inside a unit already read (100千瓦) or the far end of a range
            }
            int before = out.size();
            switch (t.form()) {
                case PERCENT, PERMILLE -> {
                    Mention m = percent(s, t);
                    addIfFound(out, m);
                    // 百分之二点五至三点五: both ends of the range, at least the low and at most the high one.
                    NumberToken next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                    if (t.range() == NumberToken.RangeEnd.LOW && next != null && next.range() == NumberToken.RangeEnd.HIGH
                            && next.form() == t.form()) {
                        Mention hi = percent(s, next);
                        markRange(m, hi);
                        out.add(hi);
                        k++;
                    }
                }
                case FRACTION -> addIfFound(out, fraction(s, t));
                case PLAIN -> {
                    NumberToken next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                    if (t.chinese() && chineseRange(s, t, next, out)) {
                        k++;
                    } else if (t.chinese()) {
                        addIfFound(out, chinese(s, t));
                    } else {
                        k = arabic(s, tokens, k, out);
                    }
                }
            }
            if (out.size() > before) {
                consumed = out.get(out.size() - 1).end;
            }
        }
        out.removeIf(m -> insideShortQuote(s, m.start));
        return out;
    }

    private static void addIfFound(List<Mention> out, Mention m) {
        if (m != null) {
            out.add(m);
        }
    }

    private static boolean isDigitAt(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** The Arabic number of token k; adds 0..2 mentions; returns the index of the last token used. */
    private static int arabic(String s, List<NumberToken> tokens, int k, List<Mention> out) {
        NumberToken t = tokens.get(k);
        int n = s.length();
        int i = t.start();
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        char prev2 = i > 1 ? s.charAt(i - 2) : ' ';
        // Codes, ordinals and the later parts of dates and versions (A3, 第3, #3, 2021-03, 3.1.2).
        if (isAsciiLetter(prev) && !isAcronym(s, i) || prev == '第' || prev == '+' || prev == '#' || prev == '№'
                || ("-/:：.".indexOf(prev) >= 0 && isDigitAt(s, i - 2))) {
            return k;
        }
        NumberToken next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        // Range without a unit on the low end: 3至5家, 3-5万人.
        if (t.range() == NumberToken.RangeEnd.LOW && next != null && !next.chinese()) {
            Mention hi = unitAfter(s, next.start(), next.end(), next.value(), false, next.multiplier());
            if (hi != null) {
                Mention lo = new Mention();
                lo.start = i;
                lo.valueEnd = t.end();
                lo.end = t.end();
                lo.value = t.value();
                lo.unit = hi.unit;
                markRange(lo, hi);
                out.add(lo);
                out.add(hi);
                return k + 1;
            }
        }
        int j = t.end();
        if (j < n && isDigitAt(s, j - 1)) {
            char after = s.charAt(j);
            if (isAsciiLetter(after) || after == '+' || after == '号' || after == '×'
                    || ("-/:：".indexOf(after) >= 0 && isDigitAt(s, j + 1) && !isRangeToUnit(s, j))) {
                return k;
            }
        }
        Mention m = unitAfter(s, i, j, t.value(), false, t.multiplier());
        if (m == null) {
            return k;
        }
        if (m.qualifier == null && ">=".equals(t.qualifier())) {
            m.qualifier = ">=";
        }
        // Range with units on both sides: 5%-6%, 30亩-50亩 (where the scanner read the dash as a sign).
        if (next != null && !next.chinese() && m.qualifier == null && m.end < n
                && NumberScanner.RANGE_SEPARATORS.indexOf(s.charAt(m.end)) >= 0
                && (next.start() == m.end + 1 || next.start() == m.end && next.value().signum() < 0)) {
            int hiStart = next.start() == m.end ? m.end + 1 : next.start();
            Mention hi = unitAfter(s, hiStart, next.end(), next.value().abs(), false, next.multiplier());
            // 3.5万-4万元: the low end borrows the unit of the high end.
            if (hi != null && !hi.unit.equals(m.unit) && (m.unit.equals("万") || m.unit.equals("亿"))
                    && hi.unit.startsWith(m.unit)) {
                m.unit = hi.unit;
            }
            if (hi != null && hi.unit.equals(m.unit)) {
                markRange(m, hi);
                out.add(m);
                out.add(hi);
                return k + 1;
            }
        }
        out.add(m);
        return k;
    }

    private static void markRange(Mention lo, Mention hi) {
        lo.qualifier = ">=";
        lo.rangeLow = true;
        hi.qualifier = "<=";
        hi.rangeHigh = true;
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
        return Units.match(s, numberEnd(s, i)) != null;
    }

    private static boolean isRangeToUnit(String s, int j) {
        if (s.charAt(j) != '-') {
            return false;
        }
        int k = numberEnd(s, j + 1);
        return k < s.length() && Units.match(s, k) != null;
    }

    /** Where the number starting at {@code i} (with its multiplier) ends. */
    private static int numberEnd(String s, int i) {
        NumberToken t = NumberScanner.readAt(s, i);
        return t == null ? i : t.end();
    }

    /** Reads 多/余, 万/亿 multipliers, the unit and a suffix qualifier after a number ending at j. */
    private static Mention unitAfter(String s, int start, int j, BigDecimal value, boolean chinese, String mult) {
        int n = s.length();
        int k = j;
        String qualifier = null;
        if (k < n && (s.charAt(k) == '多' || s.charAt(k) == '余')) {
            qualifier = ">=";
            k++;
        }
        // 八个亿, 12个亿: spoken money counted in 亿; like a bare 亿 the resolver adds 元 after a money metric.
        boolean spokenYi = mult.isEmpty() && s.startsWith("个亿", k);
        String unit = spokenYi ? "亿" : mult.isEmpty() ? Units.match(s, k) : null;
        if (unit == null && mult.isEmpty() && !chinese && k < n && (s.charAt(k) == '岁' || s.charAt(k) == '年')
                && DURATION_METRIC.matcher(tail(s, start, 16)).find()) {
            // 人均预期寿命达到80岁, 平均受教育年限提高到11.5年: ages and years are the measure here.
            unit = String.valueOf(s.charAt(k));
        }
        if (unit == null && mult.isEmpty() && !chinese && k < n && s.charAt(k) == '天'
                && DAYS_METRIC.matcher(tail(s, start, 16)).find()) {
            // 空气质量优良天数为328天: days are the measure of a count of days, not a duration of some work.
            unit = "天";
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
            if (u == null && mb.length() > 0 && mk < n && s.charAt(mk) == '度') {
                // 六百二十亿度: after a myriad 度 is a kilowatt-hour; a bare 度 is a degree.
                u = "度";
            }
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
            if (chinese && !Units.isMeasure(unit) && !spokenYi) {
                return null;
            }
            k += spokenYi ? 2 : unit.length();
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


    /**
     * 三至五所, 两到三个: a range of Chinese numerals before a counter is a count, although one small numeral before a
     * counter (两个, 三家) is usually lexical: nobody states a span of a word. Adds the two ends and returns true, or
     * returns false when {@code lo} opens no such range (三至五年 is a duration, 第三至五条 an ordinal).
     */
    private static boolean chineseRange(String s, NumberToken lo, NumberToken hi, List<Mention> out) {
        if (lo.range() != NumberToken.RangeEnd.LOW || hi == null || hi.range() != NumberToken.RangeEnd.HIGH
                || !hi.chinese() || hi.form() != NumberForm.PLAIN || lo.value().compareTo(hi.value()) >= 0) {
            return false;
        }
        char prev = lo.start() > 0 ? s.charAt(lo.start() - 1) : ' ';
        if (prev == '第' || prev == '届' || prev == '星' || prev == '周') {
            return false;
        }
        Mention high = unitAfter(s, hi.start(), hi.end(), hi.value(), false, hi.multiplier());
        if (high == null) {
            return false;
        }
        Mention low = new Mention();
        low.start = lo.start();
        low.valueEnd = lo.end();
        low.end = lo.end();
        low.value = lo.value();
        low.unit = high.unit;
        low.chinese = true;
        high.chinese = true;
        markRange(low, high);
        out.add(low);
        out.add(high);
        return true;
    }

    /**
     * 翻一番, 翻了两番: a doubling counted in 番 (GUIDELINES second round 1: 翻一番 → 1 番, an increase the words
     * before it express).
     */
    private static Mention doubling(String s, NumberToken t) {
        int j = t.end();
        if (j >= s.length() || s.charAt(j) != '番' || !t.multiplier().isEmpty() || t.value().signum() <= 0
                || !endsWithAny(tail(s, t.start(), 2), "翻", "翻了")) {
            return null;
        }
        Mention m = new Mention();
        m.start = t.start();
        m.valueEnd = j + 1;
        m.end = j + 1;
        m.value = t.value();
        m.unit = "番";
        m.chinese = true;
        return m;
    }

    private static Mention chinese(String s, NumberToken t) {
        int i = t.start();
        int j = t.end();
        Mention doubled = doubling(s, t);
        if (doubled != null) {
            return doubled;
        }
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        if (prev == '第' || prev == '届' || prev == '星' || prev == '周') {
            return null;
        }
        String mult = t.multiplier();
        String digits = numeralDigits(s.substring(i, j));
        BigDecimal value = t.value();
        if (digits.isEmpty()) {
            // 万亿元 / 近万名: the multiplier alone means one of it, only with a hint that a quantity is meant.
            boolean hinted = endsWithAny(tail(s, i, 4), "近", "约", "超", "逾", "破", "突破", "上", "过", "向", "迈向")
                    || ">=".equals(t.qualifier());
            if (!hinted || mult.isEmpty()) {
                return null;
            }
        }
        // 两万一千项, 三千余户, 八百多家: a numeral of hundreds or more is a quantity even before a counter, like an
        // Arabic number; small ones (两个, 三家, 十项) are mostly words, and a bare 百/千 (百家, 千户) a figure of speech.
        boolean large = digits.indexOf('万') >= 0 || digits.indexOf('亿') >= 0 || countsHundreds(digits);
        Mention m = unitAfter(s, i, j, value, !large, mult);
        if (m != null) {
            m.chinese = true;
        }
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
        if (m.qualifier == null && ">=".equals(t.qualifier())) {
            m.qualifier = ">=";
        }
        if (mult.isEmpty() && !large && !Units.isMeasure(m.unit) && !m.unit.equals("亿")) {
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

    /** 三千, 八百, 一千二百: a place unit of hundreds or thousands with a digit before it. */
    private static boolean countsHundreds(String digits) {
        for (int k = 1; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if ((c == '百' || c == '千' || c == '佰' || c == '仟') && ChineseNumeral.digit(digits.charAt(k - 1)) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The numeral of a token's text without its trailing multipliers and 多/余 (三十多万 → 三十). */
    private static String numeralDigits(String text) {
        String core = text.replace("多", "").replace("余", "");
        int p = core.length();
        while (p > 0 && Multipliers.isMultiplier(core.charAt(p - 1))) {
            p--;
        }
        return core.substring(0, p);
    }

    /** 百分之六 / 百分之5.5 → a percentage; 千分之三 → per mille. */
    private static Mention percent(String s, NumberToken t) {
        Mention m = new Mention();
        m.start = t.start();
        m.valueEnd = t.end();
        m.end = t.end();
        m.value = t.value();
        m.unit = t.form() == NumberForm.PERCENT ? "%" : "‰";
        m.chinese = true;
        suffixQualifier(s, m);
        return m;
    }

    /** 三分之一左右: a ratio without a unit, measured by what it is a share of. */
    private static Mention fraction(String s, NumberToken t) {
        Mention m = new Mention();
        m.start = t.start();
        m.valueEnd = t.end();
        m.end = t.end();
        // 一半 is read as the percentage it means (接近一半 → 50 %); X分之Y stays a ratio without a unit.
        boolean half = s.startsWith("一半", t.start());
        if (half && halfOfAReference(s, t.start())) {
            return null;
        }
        m.value = half ? BigDecimal.valueOf(50) : t.value();
        m.unit = half ? "%" : "";
        m.chinese = true;
        suffixQualifier(s, m);
        return m;
    }

    /**
     * 不到全省平均水平的一半, 相当于去年的一半: half of some reference compares with it and measures nothing of its own;
     * a share (占全省的近一半) names its whole with 占.
     */
    private static boolean halfOfAReference(String s, int pos) {
        int k = pos;
        while (k > 0 && "，,；;。：:！？!?".indexOf(s.charAt(k - 1)) < 0) {
            k--;
        }
        String clause = s.substring(k, pos);
        return clause.endsWith("的") && !clause.contains("占");
    }

    private static void suffixQualifier(String s, Mention m) {
        int j = m.end;
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
}
