package org.plantrack.nlp.classify;

import static org.plantrack.nlp.text.CjkChars.HAN_CLASS;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.LeadCharPattern;

/**
 * Finds the name of the region a document is about in its title and opening, as written (太原, 中共温州市鹿城区,
 * 江北市): the issuing body (中国共产党陵川县…, 湖州市人民政府), a title that opens with a region and a regional
 * genre, else the place names HanLP tags, weighed by frequency, presence in the title and level; national bodies
 * and scope words (国务院, 全国, 我国) make it 全国. {@link RegionClassifier} turns the name into a registry region.
 */
final class RegionNameFinder {

    private static final String[] PROVINCES = {
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
        "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
        "宁夏", "新疆", "香港", "澳门"};

    private RegionNameFinder() {
    }

    /** The body that issues or holds the document names its place: 中国共产党陵川县第十三次代表大会, 湖州市人民政府. */
    private static final Pattern ISSUER = Pattern.compile(
            "(?:中国共产党|中共)([" + HAN_CLASS + "]{2,8}?(?:自治区|自治州|省|市|县|区|盟|旗))(?:委员会|委|第)"
            + "|([" + HAN_CLASS + "]{2,4}?(?:省|市|县|区|盟|旗))(?:人民政府|人民代表大会|政府工作报告|国民经济和社会发展)"
            + "|([" + HAN_CLASS + "]{2,10}?(?:自治区|自治州|省|市|县|区|盟|旗))第[一二三四五六七八九十]+届人民代表大会");
    /** Datelines name where a report was filed, not what it is about: 本报北京8月20日电, 新华社成都电. */
    private static final Pattern DATELINE = Pattern.compile("^\\d{1,2}月\\d{1,2}日(?:电|讯)|^电|^讯");
    /**
     * National bodies and national scope. A document about the whole country is usually issued in Beijing, so a
     * place that is only where it was issued or announced must not win over them.
     */
    private static final LeadCharPattern NATIONAL = new LeadCharPattern(
            "中华人民共和国|国务院|中共中央|党中央|全国人大|全国政协|国新办|全国|我国|国家(?:发展改革委|发改委|[" + HAN_CLASS + "]{1,8}?(?:局|部|委员会|署))"
            + "|(?:财政|教育|科技|商务|民政|司法|外交|水利|审计|公安|农业农村|生态环境|自然资源|交通运输|工业和信息化"
            + "|人力资源和社会保障|住房和城乡建设|文化和旅游|应急管理|退役军人事务)部");
    /** How a local document names its own scope: 全市, 我县, 本区. */
    private static final LeadCharPattern LOCAL = new LeadCharPattern(
            "(?:全|我|本)(?:省|市|县|区|州|旗|盟)|(?:省|市|县)(?:委|长|政府)");
    /** The nation as a yardstick (高于全国, 全国第5, 居全国前列) says nothing about the document's scope. */
    private static final LeadCharPattern COMPARED_WITH_NATION = new LeadCharPattern(
            "(?:高于|低于|快于|慢于|居|位居|位列|占|超过|领先|好于)全国|全国(?:第[一二三四五六七八九十\\d]+|前列|平均|首位|领先)");
    /** Administrative words without a name (自治区人民政府 in a 广西 text) are no region. */
    private static final Pattern GENERIC = Pattern.compile("^(?:自治[区州县旗]|特别行政区|[省市县区州])$");

    /**
     * The suffix of a division's name, with the peoples of an autonomous one before it (长阳土家族自治县,
     * 黔东南苗族侗族自治州, 新疆维吾尔自治区).
     */
    private static final String SUFFIX = "(?:(?:[" + HAN_CLASS + "]{1,3}?族)+自治(?:区|州|县|旗)|维吾尔自治区|自治区|自治州|省|市|县|区|州|盟|旗)";
    /**
     * A title that opens with a region name and goes on with the genre of a regional document names its region,
     * known place or not: 江北市2024年政府工作报告, 青禾县国民经济和社会发展第十四个五年规划纲要, 某某自治州“十四五”规划.
     * Anchored at the title's start and tied to these genre words, a 2–4 character name before 省/市/县/区/州 is
     * a place unless it contains a verb or a function word (王伟中作省政府工作报告: 王伟中 + 作);
     * anywhere else such a name needs the gazetteer.
     */
    private static final Pattern TITLE_PLACE = Pattern.compile(
            "^(?:关于)?((?:[" + HAN_CLASS + "]{2,4}?(?:自治区|省))?[" + HAN_CLASS + "]{2,4}?" + SUFFIX + ")"
            + "(?:人民政府)?(?:(?:19|20)\\d{2}年度?|[“\"]?十[一二三四五六七]五[”\"]?)?"
            + "(?:(?:人民)?政府工作报告|国民经济和社会发展|第[一二三四五六七八九十]+个五年规划|规划纲要|统计公报)");
    private static final Pattern NAME_PART = Pattern.compile("([" + HAN_CLASS + "]{2,4}?)" + SUFFIX);

    /** No name in a chain such as 某某省某某市 contains a verb or a function word. */
    private static boolean namesOnly(String chain) {
        Matcher m = NAME_PART.matcher(chain);
        while (m.find()) {
            for (Term t : HanLP.segment(m.group(1))) {
                String n = t.nature == null ? "" : t.nature.toString();
                // Not person names: HanLP reads many unknown two-character place names (青禾) as given names.
                if (n.startsWith("v") || n.startsWith("p") || n.startsWith("r")
                        || n.startsWith("d") || n.startsWith("c") || n.startsWith("u")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The segmenter of region detection: HanLP's default one without person-name and transliterated-name
     * recognition, which were five sixths of its cost. Only terms tagged as places (ns) are used here, and those
     * come from the dictionaries, not from name recognition: on every 240-character window of the seeds and eval
     * documents both segmenters find exactly the same place terms. Thread-safe like HanLP's shared default.
     */
    private static final Segment PLACE_TERMS = HanLP.newSegment().enableNameRecognize(false)
            .enableTranslatedNameRecognize(false);

    static String[] region(String title, String head) {
        String scope = title + "\n" + (head.length() > 240 ? head.substring(0, 240) : head);
        Matcher im = ISSUER.matcher(scope);
        while (im.find()) {
            if (SITE_NAME.matcher(scope.substring(im.end())).find()) {
                // 江门市人民政府门户网站 is the site that reposts the page, not the body that issued it
                continue;
            }
            // After 中共/中国共产党 the name is clean; elsewhere it must prove to be a place (not 王伟中作省).
            String r = im.group(1) != null ? im.group(1) : placeSuffix(im.group(2) != null ? im.group(2) : im.group(3));
            if (r != null && !GENERIC.matcher(r).matches()) {
                return new String[] {r, levelOf(r)};
            }
        }
        Matcher tm = TITLE_PLACE.matcher(title.strip());
        if (tm.find() && namesOnly(tm.group(1))) {
            return new String[] {tm.group(1), levelOf(tm.group(1))};
        }
        Map<String, Integer> seen = new java.util.LinkedHashMap<>();
        int pos = 0;
        for (Term term : PLACE_TERMS.seg(scope)) {
            int at = scope.indexOf(term.word, pos);
            if (at >= 0) {
                pos = at + term.word.length();
            }
            if (term.nature != null && term.nature.toString().startsWith("ns") && term.word.length() >= 2
                    && !term.word.startsWith("中国") && !term.word.startsWith("中华") && !term.word.equals("亚洲")
                    && !BELOW_COUNTY.matcher(term.word).find() && !OWN_SCOPE.matcher(term.word).matches()
                    && !(at >= 0 && DATELINE.matcher(scope.substring(pos)).find())
                    && !(at > 0 && isVenue(scope, at, pos))) {
                seen.merge(withoutPort(term.word), 1, Integer::sum);
            }
        }
        boolean placeInTitle = false;
        for (String w : seen.keySet()) {
            placeInTitle |= title.contains(w);
        }
        int national = Math.max(0, count(NATIONAL, scope) - count(COMPARED_WITH_NATION, scope)) + count(NATIONAL, title);
        if (!placeInTitle && national >= 2 && national > count(LOCAL, scope)) {
            return new String[] {"全国", "national"};
        }
        String best = null;
        int bestScore = -1;
        String province = null;
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            String w = e.getKey();
            String level = levelOf(complete(w, scope));
            if (level.equals("province") && province == null) {
                province = complete(w, scope);
            }
            int score = e.getValue() * 2 + (title.contains(w) ? 3 : 0) + switch (level) {
                case "county" -> 2;
                case "city" -> 1;
                default -> 0;
            };
            if (score > bestScore) {
                best = complete(w, scope);
                bestScore = score;
            }
        }
        if (best == null) {
            // 高于全国 in a city's speech is a comparison: national only when national words outnumber local ones.
            if (national >= count(LOCAL, scope)
                    && (scope.contains("全国") || scope.contains("国家") || scope.contains("中共中央") || scope.contains("国务院"))) {
                return new String[] {"全国", "national"};
            }
            return new String[] {null, null};
        }
        return new String[] {best, levelOf(best)};
    }

    /** What follows a body's name when the line is a website's name: 门户网站, 网站, 网, 政务网. */
    private static final Pattern SITE_NAME = Pattern.compile("^(?:门户|网站|网|政务网|官网|客户端)");

    /**
     * A port names its city (北海港, 福州港 → 北海, 福州: the guidelines read 福州港 as naming 福州); the
     * name is kept when what is left is no known place.
     */
    static String withoutPort(String word) {
        if (word.length() >= 3 && word.endsWith("港")) {
            String stem = word.substring(0, word.length() - 1);
            if (isPlaceName(stem)) {
                return stem;
            }
        }
        return word;
    }

    /** A page's source line naming a local body: 来源：宜宾市人民政府, 发布机构：某某县统计局. */
    private static final Pattern SOURCE_BODY = Pattern.compile(
            "(?:来源|信息来源|文章来源|发布机构|发文机关|发布单位)\\s*[:：]\\s*([" + HAN_CLASS + "]{2,12}?(?:自治区|自治州|省|市|县|区|盟|旗))"
            + "(?:人民政府|政府|[" + HAN_CLASS + "]{0,10}?(?:局|委员会|委|办公室|办公厅|厅|中心))");

    /**
     * The place of the local body a page names as its source (in the lines cleaning removed), or null. It says
     * whose site published the page, so it is only evidence where the text shows a local level of its own.
     */
    static String sourceBody(List<String> removedLines) {
        for (String line : removedLines) {
            Matcher m = SOURCE_BODY.matcher(line);
            if (m.find()) {
                String place = placeSuffix(m.group(1));
                if (place != null && !GENERIC.matcher(place).matches()) {
                    return place;
                }
            }
        }
        return null;
    }

    /** Towns, townships, villages and streets (向城镇, 某某乡) lie below the counties this finder reports. */
    private static final Pattern BELOW_COUNTY = Pattern.compile("(?:镇|乡|村|街道|社区)$");
    /** A scope word HanLP may take for a place (全州 is also a county of 广西): 全州, 全市, 我县 name no place. */
    private static final Pattern OWN_SCOPE = Pattern.compile("[全我本][省市县区州旗盟]");

    /** Where something was held or said (在北京召开, 于上海举行, 在北京介绍) is not what the document is about. */
    private static final Pattern VENUE_AFTER = Pattern.compile("^(?:市|省)?(?:召开|举行|举办|介绍|表示|发布|出席|开幕|闭幕|指出|宣布)");

    private static boolean isVenue(String scope, int at, int end) {
        char before = scope.charAt(at - 1);
        return (before == '在' || before == '于') && VENUE_AFTER.matcher(scope.substring(end)).find();
    }

    private static int count(LeadCharPattern p, String s) {
        return p.count(s);
    }

    /**
     * The longest tail of a candidate such as 代表上杭县 / 中共温州市鹿城区 that is a place: its parts before each
     * 省/市/县/区 are known place names (HanLP) or provinces. Null when none is (王伟中作省).
     */
    static String placeSuffix(String cand) {
        for (int k = 0; k + 3 <= cand.length(); k++) {
            String tail = cand.substring(k);
            if (isPlaceChain(tail)) {
                return tail;
            }
        }
        return null;
    }

    private static final Pattern PLACE_PART = Pattern.compile("([" + HAN_CLASS + "]{2,5}?)(自治区|自治州|省|市|县|区|州|盟|旗)");

    private static boolean isPlaceChain(String s) {
        Matcher m = PLACE_PART.matcher(s);
        int pos = 0;
        while (m.find()) {
            if (m.start() != pos) {
                return false;
            }
            String core = m.group(1);
            if (!isPlaceName(core) && !isPlaceName(core + m.group(2))) {
                return false;
            }
            pos = m.end();
        }
        return pos == s.length() && pos > 0;
    }

    private static boolean isPlaceName(String w) {
        for (String p : PROVINCES) {
            if (p.equals(w)) {
                return true;
            }
        }
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a != null) {
            for (Nature n : a.nature) {
                if (n.toString().startsWith("ns")) {
                    return true;
                }
            }
            return false;
        }
        // Not in the core dictionary: ask the segmenter whether it reads the name as a place.
        List<Term> t = HanLP.segment(w + "县");
        return !t.isEmpty() && t.get(0).nature != null && t.get(0).nature.toString().startsWith("ns");
    }

    /** 肇庆 → 肇庆市 when the text says so; province short names get 省. */
    private static String complete(String w, String scope) {
        if (w.endsWith("省") || w.endsWith("市") || w.endsWith("县") || w.endsWith("区") || w.endsWith("州") || w.endsWith("旗") || w.endsWith("盟")) {
            return w;
        }
        if (w.equals("北京") || w.equals("上海") || w.equals("天津") || w.equals("重庆")) {
            return w + "市";
        }
        // Only provinces take 省: the autonomous regions and special administrative regions have their own names.
        String full = switch (w) {
            case "内蒙古" -> "内蒙古自治区";
            case "广西" -> "广西壮族自治区";
            case "西藏" -> "西藏自治区";
            case "宁夏" -> "宁夏回族自治区";
            case "新疆" -> "新疆维吾尔自治区";
            case "香港" -> "香港特别行政区";
            case "澳门" -> "澳门特别行政区";
            default -> null;
        };
        if (full != null) {
            return full;
        }
        if (scope.contains(w + "州") && !scope.contains(w + "省")) {
            // no province is written with 州: 海南州 is 海南藏族自治州 of 青海, not 海南省
            return w + "州";
        }
        for (String p : PROVINCES) {
            if (p.equals(w)) {
                return w + "省";
            }
        }
        for (String suffix : new String[] {"市", "县", "区", "省", "盟", "旗"}) {
            if (scope.contains(w + suffix)) {
                return w + suffix;
            }
        }
        return w;
    }

    static String levelOf(String region) {
        if (region.equals("全国") || region.equals("中国")) {
            return "national";
        }
        for (String p : new String[] {"北京", "天津", "上海", "重庆", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门"}) {
            if (region.startsWith(p) && region.length() <= 3) {
                return "province";
            }
        }
        if (region.endsWith("省") || region.endsWith("自治区") || region.endsWith("特别行政区")) {
            return "province";
        }
        if (region.endsWith("县") || region.endsWith("区") || region.endsWith("旗")) {
            return "county";
        }
        return "city";
    }
}
