package org.plantrack.catalogue;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a metric phrase and a catalogue variant to comparable forms. Every rule here is a general equivalence of
 * Chinese statistical wording, applied alike to both sides:
 * <ul>
 * <li>{@link #surface}: full-width to half-width, no spaces, quotes, list commas or 的; 国内/地区生产总值 and 生产总值
 * are GDP; 研究与开发/研究与试验发展/R&D are 研发; 能源消耗 is 能耗; 规上 is 规模以上; 服务业增加值 is 第三产业增加值
 * (the two are the same aggregate in Chinese statistics); 每万人口/万人 and 每千人口/千人 are one form; 占…比例 is
 * 占…比重; 增速/增长率/增幅/年均增长 at the end is 增长; a component of the three-sector ratio (三次产业结构(第二产业)) is that sector's share of GDP; a unit in
 * parentheses, a table row number and a 约束性/预期性 mark are dropped. Also the comparison (比上年, 同比) before a
 * change word, the wordings of a fall, a rate that rises, 占比 and a sector's share without 增加值, a Latin gloss or a
 * price basis in parentheses, 常住/农民 in population groups, and a few abbreviations and synonyms; each rule's
 * constant says why.</li>
 * <li>{@link #key}: the surface form without words that fix the scope or the moment but not the indicator: a leading
 * 全市/全省/我市/本市/全社会/年末/地方, a leading year, plan period, target verb or basis of computation, a trailing 总量
 * or 规模. 累计 goes everywhere: cumulative or yearly is a
 * property of the period a figure covers, not of the indicator.</li>
 * </ul>
 */
public final class PhraseNormalizer {

    private static final Pattern DROPPED = Pattern.compile("[\\s\"'“”‘’《》「」〈〉·•、,，:：;；的]");
    /** Matched before NFKC, which would turn ① into a bare 1. */
    private static final Pattern ROW_NUMBER = Pattern.compile(
            "^\\s*(?:[(（]?[0-9０-９]{1,2}[)）.、．]|[①-⑳]|[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．])");
    private static final Pattern ATTRIBUTE_MARK = Pattern.compile("[(\\[【]?(?:约束性|预期性)[)\\]】]?$|[(\\[【]\\*?[)\\]】]$|\\*+$");
    private static final Pattern TRAILING_PARENS = Pattern.compile("\\(([^()]*)\\)$");
    private static final Pattern ROMAN_CLASS = Pattern.compile("(IV|V|III|II|I)类");
    private static final Pattern THREE_SECTOR_COMPONENT = Pattern.compile(
            "^三次产业(?:增加值)?(?:结构|比例|比重|构成|比)\\((第[一二三]产业)\\)$");
    private static final Pattern SHARE_RATIO = Pattern.compile("(占[^占]+?)(?:比例|比率)$");
    /** A growth stated at the end, in any of its wordings: 增速, 增长率, 增幅, 年均增长 are all 增长. */
    private static final Pattern GROWTH_END = Pattern.compile("(?:年均)?(?:增长率|增长速度|增速|增幅|增长)$");
    /** 比上年增长, 同比增长: the comparison with the year before is what a growth is, not a different indicator. */
    private static final Pattern COMPARED_GROWTH_END =
            Pattern.compile("(?:比上年|较上年|比去年|同比)(?=(?:年均)?增|上涨|下降|降低|提高|上升)");
    /**
     * A rate or share that rises (城镇化率提高, 森林覆盖率比上年提高): a change in points of the level, which the
     * extracted change says; the indicator is the level's (decision 0006 keeps point changes on the level).
     */
    private static final Pattern RATE_RISE_END = Pattern.compile("(?<=率|比重)(?:提高|提升|上升)$");
    /** 每千人口拥有床位数 is 每千人口床位数: 拥有 after a per-head base adds nothing. */
    private static final Pattern PER_HEAD_HAS = Pattern.compile("(?<=每[万千]人)拥有");
    /** Price-basis words inside a parenthesis with the unit: (亿元,现价). */
    private static final Pattern PRICE_BASIS_WORDS = Pattern.compile("(?:按)?(?:现价|当年价格?|可比价格?|不变价格?)(?:计算)?");
    /** A fall stated at the end, in any of its wordings: 下降, 降低, 下降率, 降低幅度 (and 比上年/同比 before them). */
    private static final Pattern DECLINE_END = Pattern.compile("(?:比上年|较上年|比去年|同比)?(?:下降|降低)(?:率|幅度)?$");
    /** 每万常住人口 is 每万人口: the resident population is what per-head figures are counted on anyway. */
    private static final Pattern PER_10K = Pattern.compile("每?万(?:常住)?人口?(?!次)");
    private static final Pattern PER_1000 = Pattern.compile("每?千(?:常住)?人口?(?!次)");
    /** 细颗粒物(PM2.5), 居民消费价格指数(CPI), 研究与试验发展(R&D): a Latin gloss of the words before it. */
    private static final Pattern LATIN_GLOSS = Pattern.compile("(?<=.)\\([A-Z][A-Z0-9.&]*\\)");
    /** (现价), (当年价), (按可比价格计算): the price basis of a money figure, not another indicator. */
    private static final Pattern PRICE_BASIS = Pattern.compile(
            "(?<=.)\\((?:按)?(?:现价|当年价格?|可比价格?|不变价格?)(?:计算)?\\)");
    /**
     * A sector's share is the share of its value added: 第三产业占比, 服务业比重 and 工业占GDP比重 are written without
     * 增加值 as often as with it.
     */
    private static final Pattern SECTOR_SHARE = Pattern.compile("(产业|服务业|工业|制造业|经济)(?=占|比重$)");
    /** A trailing count word: 高新技术企业数量 is the number of 高新技术企业, the catalogue names counts bare. */
    private static final Pattern COUNT_END = Pattern.compile("(?<=..)数量$");

    private static final List<String[]> REWRITES = List.of(
            new String[] {"研究与试验发展", "研发"},
            new String[] {"研究与开发", "研发"},
            new String[] {"研究开发", "研发"},
            new String[] {"R&D", "研发"},
            new String[] {"国内生产总值", "GDP"},
            new String[] {"地区生产总值", "GDP"},
            new String[] {"生产总值", "GDP"},
            new String[] {"能源消耗", "能耗"},
            new String[] {"规上", "规模以上"},
            new String[] {"服务业增加值", "第三产业增加值"},
            new String[] {"住宅", "住房"},
            new String[] {"抽验", "抽检"},
            new String[] {"好于", "优于"},
            new String[] {"总产值", "产值"},
            new String[] {"5G站点", "5G基站"},
            new String[] {"社零总额", "社会消费品零售总额"},
            new String[] {"社零额", "社会消费品零售总额"},
            // a price index and the price level it indexes are one indicator (居民消费价格涨幅 = CPI涨幅)
            new String[] {"价格指数", "价格"},
            new String[] {"CPI", "居民消费价格"},
            new String[] {"PPI", "工业生产者出厂价格"},
            new String[] {"期望寿命", "预期寿命"},
            new String[] {"综合能耗", "能耗"},
            // the population group is 城镇/农村 居民; 常住 only says how it was counted, 农民 is the rural resident
            new String[] {"城镇常住居民", "城镇居民"},
            new String[] {"农村常住居民", "农村居民"},
            new String[] {"农民人均", "农村居民人均"},
            new String[] {"财政一般公共预算", "一般公共预算"},
            new String[] {"总里程", "里程"},
            new String[] {"运营里程", "营业里程"},
            // cumulative or yearly is a property of the period a figure covers, not of the indicator
            new String[] {"累计", ""});

    /** Scope and moment words that open a phrase without changing the indicator it names. */
    private static final List<String> LEADING_SCOPE = List.of(
            "全市域", "全市", "全省", "全区", "全县", "全州", "全盟", "全旗", "全国", "我市", "我省", "我区", "我县", "我州",
            "本市", "本省", "本区", "本县", "全社会", "全口径", "全年", "年末", "年底", "年均", "地方");
    /**
     * A year or a plan period (2025年, 到2025年末, 十四五期间), a target verb (力争, 确保, 完成, 建成 — not 建成区) or a
     * basis of computation (按常住人口计算) that a sentence left before the indicator's name.
     */
    private static final Pattern LEADING_TIME_OR_VERB = Pattern.compile(
            "^(?:(?:到|至|截至)?(?:19|20)[0-9]{2}年(?:末|底)?|十[一二三四五六七]五(?:期间|时期|期末|末)?|力争|确保|完成|建成(?!区)"
                    + "|按[^按]{1,8}计算)");
    /** Words that close a phrase about a quantity without changing it: 经济总量 is the economy's size. */
    private static final List<String> TRAILING_SIZE = List.of("总量", "规模");

    private final Set<String> units;

    /** @param units the unit names whose parenthesised mention after a name is dropped ({@code 地区生产总值(亿元)}) */
    public PhraseNormalizer(Set<String> units) {
        this.units = Set.copyOf(units);
    }

    /**
     * Surface forms already computed. Metric phrases repeat across documents (地区生产总值, 森林覆盖率), and the rules
     * cost tens of microseconds a phrase; the cache is emptied when it reaches its bound, which keeps it small
     * without bookkeeping.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> surfaces =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_BOUND = 50_000;

    /** The comparable surface form; see the class comment. */
    public String surface(String phrase) {
        String cached = surfaces.get(phrase);
        if (cached != null) {
            return cached;
        }
        String s = computeSurface(phrase);
        if (surfaces.size() >= CACHE_BOUND) {
            surfaces.clear();
        }
        surfaces.put(phrase, s);
        return s;
    }

    private String computeSurface(String phrase) {
        String s = ROW_NUMBER.matcher(phrase).replaceFirst("");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).toUpperCase(java.util.Locale.ROOT);
        s = DROPPED.matcher(s).replaceAll("");
        s = s.replace('【', '[').replace('】', ']');
        s = ATTRIBUTE_MARK.matcher(s).replaceFirst("");
        if (s.indexOf(')') >= 0) {
            s = dropUnitInParens(s);
            Matcher three = THREE_SECTOR_COMPONENT.matcher(s);
            if (three.matches()) {
                s = three.group(1) + "增加值占GDP比重";
            }
        }
        if (s.indexOf('(') >= 0) {
            s = LATIN_GLOSS.matcher(s).replaceAll("");
            s = PRICE_BASIS.matcher(s).replaceAll("");
        }
        if (s.indexOf('类') >= 0) {
            s = romanClasses(s);
        }
        for (String[] r : REWRITES) {
            s = s.replace(r[0], r[1]);
        }
        if (s.indexOf('人') >= 0) {
            s = PER_10K.matcher(s).replaceAll("每万人");
            s = PER_1000.matcher(s).replaceAll("每千人");
            s = PER_HEAD_HAS.matcher(s).replaceAll("");
        }
        if (s.indexOf('占') >= 0) {
            s = SHARE_RATIO.matcher(s).replaceFirst("$1比重");
            if (s.endsWith("占比")) {
                s = s.substring(0, s.length() - 2) + "比重";
            }
            s = SECTOR_SHARE.matcher(s).replaceAll("$1增加值");
        } else if (s.endsWith("比重")) {
            s = SECTOR_SHARE.matcher(s).replaceAll("$1增加值");
        }
        s = COMPARED_GROWTH_END.matcher(s).replaceFirst("");
        s = GROWTH_END.matcher(s).replaceFirst("增长");
        s = DECLINE_END.matcher(s).replaceFirst("降低");
        s = RATE_RISE_END.matcher(s).replaceFirst("");
        s = COUNT_END.matcher(s).replaceFirst("");
        return s;
    }

    /** The surface form without leading scope words and a trailing 总量/规模; see the class comment. */
    public String key(String phrase) {
        return withoutScope(surface(phrase));
    }

    /** {@link #key} of a phrase that is already a surface form. */
    public String withoutScope(String surface) {
        String s = surface;
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher lead = LEADING_TIME_OR_VERB.matcher(s);
            if (lead.find() && s.length() > lead.end() + 1) {
                s = s.substring(lead.end());
                changed = true;
            }
            for (String w : LEADING_SCOPE) {
                if (s.startsWith(w) && s.length() > w.length() + 1) {
                    s = s.substring(w.length());
                    changed = true;
                }
            }
        }
        for (String w : TRAILING_SIZE) {
            if (s.endsWith(w) && s.length() >= w.length() + 2) {
                s = s.substring(0, s.length() - w.length());
                break;
            }
        }
        return s;
    }

    private String dropUnitInParens(String s) {
        Matcher m = TRAILING_PARENS.matcher(s);
        if (m.find() && m.start() > 0) {
            String inside = PRICE_BASIS_WORDS.matcher(m.group(1)).replaceAll("");
            // a unit, or a compound one (元/人, 吨标准煤/万元)
            if (units.contains(inside) || inside.equals("%") || inside.equals("‰")
                    || inside.contains("/") && units.contains(inside.substring(0, inside.indexOf('/')))) {
                return s.substring(0, m.start());
            }
        }
        return s;
    }

    /** Ⅲ类 (NFKC makes it III类) and 三类 are one class of water quality. */
    private static String romanClasses(String s) {
        Matcher m = ROMAN_CLASS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String n = switch (m.group(1)) {
                case "I" -> "一";
                case "II" -> "二";
                case "III" -> "三";
                case "IV" -> "四";
                default -> "五";
            };
            m.appendReplacement(sb, n + "类");
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
