package org.plantrack.nlp.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Genre, plan period, region (with level) and document date of a cleaned document. */
public final class DocumentClassifier {

    public record Facts(String genre, String planPeriod, String region, String regionLevel, String documentDate) {
    }

    private static final String[] PROVINCES = {
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
        "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
        "宁夏", "新疆", "香港", "澳门"};
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern THIS_YEAR = Pattern.compile("今年[(（]((?:19|20)\\d{2})年?[)）]");
    private static final Pattern PLAN_YEAR = Pattern.compile("今年是“?十([三四五六七])五”?(?:规划)?(?:的)?(收官|开局|起步|第一|最后)");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern PERIOD = Pattern.compile("十([一二三四五六七])五|第十([一二三四五六七])个五年");
    private static final Pattern PLACE = Pattern.compile(
            "([\\u4e00-\\u9fa5]{2,6}?)(自治区|自治州|省|市|县|区|州)");
    private static final String PLACE_STOP = "全我本各该城地市县区省新老辖郊社校园景矿灾党小大高中全";

    public Facts classify(String title, String head, String text, List<String> removedLines, String hintRegion,
            String hintDate) {
        String t = title == null ? "" : title;
        String start = head;
        String genre = genre(t, start);
        String period = period(text);
        String date = hintDate != null ? hintDate : date(t, start, removedLines, text);
        String region = hintRegion;
        String level = null;
        String[] r = region(t, start);
        if (region == null) {
            region = r[0];
            level = r[1];
        } else {
            level = levelOf(region);
        }
        return new Facts(genre, period, region, level, date);
    }

    static String genre(String title, String head) {
        String th = title + "\n" + head;
        if (title.contains("说明") || title.contains("讲话") || title.contains("致辞") || head.startsWith("同志们")) {
            return "speech";
        }
        if (title.matches(".*(评论|社论|时评|述评|评论员).*")) {
            return "editorial";
        }
        boolean news = Pattern.compile("记者|\\S{2}讯|\\d{1,2}月\\d{1,2}日电|【[^】]{0,8}(新闻|报道)】|报道|新闻网|日报").matcher(head).find();
        if (news) {
            return "news";
        }
        if (th.contains("纲要") && th.contains("规划")) {
            return "plan_outline";
        }
        if (th.contains("建议") && (th.contains("规划") || th.contains("五年"))) {
            return "plan_proposal";
        }
        if (th.contains("政府工作报告") || th.contains("报告政府工作")) {
            return "government_work_report";
        }
        if (th.contains("代表大会上的报告") || th.contains("党代会") || th.contains("代表大会报告")) {
            return "party_congress_report";
        }
        if (head.contains("同志们") || title.contains("讲话")) {
            return "speech";
        }
        return "other";
    }

    static String period(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            counts.merge("十" + n + "五", 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static String date(String title, String head, List<String> removedLines, String text) {
        for (String line : removedLines) {
            Matcher m = DATE.matcher(line);
            if (m.find()) {
                return iso(m);
            }
        }
        Matcher m = DATE.matcher(title);
        if (m.find()) {
            return iso(m);
        }
        m = DATE.matcher(head.length() > 300 ? head.substring(0, 300) : head);
        if (m.find()) {
            return iso(m);
        }
        m = THIS_YEAR.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        m = PLAN_YEAR.matcher(text);
        if (m.find()) {
            int n = "三四五六七".indexOf(m.group(1)) + 13;
            int end = 2020 + (n - 13) * 5;
            boolean last = m.group(2).equals("收官") || m.group(2).equals("最后");
            return String.valueOf(last ? end : end - 4);
        }
        m = TITLE_YEAR.matcher(title);
        if (m.find()) {
            return m.group(1);
        }
        return null;
    }

    private static String iso(Matcher m) {
        int mo = Integer.parseInt(m.group(2)), d = Integer.parseInt(m.group(3));
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
            return m.group(1);
        }
        return String.format("%s-%02d-%02d", m.group(1), mo, d);
    }

    static String[] region(String title, String head) {
        String scope = title + "\n" + (head.length() > 400 ? head.substring(0, 400) : head);
        String province = null;
        for (String p : PROVINCES) {
            if (scope.contains(p)) {
                province = p;
                break;
            }
        }
        String best = null;
        String bestLevel = null;
        int bestRank = -1;
        Matcher m = PLACE.matcher(scope);
        while (m.find()) {
            String name = m.group(1);
            String suffix = m.group(2);
            // Trim leading function words: 中共温州市 → 温州市.
            name = name.replaceFirst("^(中共|关于|中国共产党|解读|在|对|是|从|把|向|为|的)+", "");
            if (name.length() < 2 || PLACE_STOP.indexOf(name.charAt(0)) >= 0 && name.length() <= 2) {
                continue;
            }
            if (name.endsWith("人民") || name.endsWith("政府") || name.contains("委") || name.contains("会")) {
                continue;
            }
            String level = switch (suffix) {
                case "省", "自治区" -> "province";
                case "市", "州", "自治州" -> "city";
                default -> "county";
            };
            int rank = level.equals("county") ? 3 : level.equals("city") ? 2 : 1;
            if (best == null) {
                best = name + suffix;
                bestLevel = level;
                bestRank = rank;
            } else if (rank > bestRank && best.length() <= 6) {
                best = best + name + suffix;
                bestLevel = level;
                bestRank = rank;
            }
        }
        if (best == null && province != null) {
            return new String[] {province, "province"};
        }
        if (best == null && (scope.contains("全国") || scope.contains("国家") || scope.contains("中共中央"))) {
            return new String[] {"全国", "national"};
        }
        return new String[] {best, bestLevel};
    }

    static String levelOf(String region) {
        if (region.equals("全国") || region.equals("中国")) {
            return "national";
        }
        if (region.endsWith("省") || region.endsWith("自治区")) {
            return "province";
        }
        if (region.endsWith("县") || region.endsWith("区")) {
            return "county";
        }
        return "city";
    }
}
