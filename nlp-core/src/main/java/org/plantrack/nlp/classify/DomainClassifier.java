package org.plantrack.nlp.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Policy domain of a text by weighted keyword evidence: economy, innovation, urban, ecology, rural, culture,
 * livelihood, reform_opening, governance, or general when nothing decides. Thread-safe and allocation-light.
 */
public final class DomainClassifier {

    public record Result(String domain, double confidence) {
    }

    public static final String GENERAL = "general";

    private static final Map<String, String[]> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put("economy", new String[] {
            "营业收入", "规上", "总部经济", "电子商务", "电商", "产业链", "链主", "现代服务业", "现代产业", "上市企业", "债务", "存款", "贷款", "经济总量", "工业投资", "技改", "先进制造", "商品房", "房地产",
            "地区生产总值", "生产总值", "GDP", "经济", "工业", "产业", "制造业", "服务业", "投资", "消费", "财政", "税收", "收入增长",
            "增加值", "企业", "市场主体", "金融", "项目", "招商", "园区", "商贸", "零售", "物流", "规模以上", "产值", "营收", "预算收入",
            "固定资产", "产业集群", "数字经济", "民营", "实体经济"});
        KEYWORDS.put("innovation", new String[] {
            "专精特新", "小巨人", "算力", "大数据", "人工智能", "云计算", "工业互联网", "软件", "信息技术", "集成电路", "技术合同", "发明专利", "孵化器", "众创空间", "科技成果", "创新型企业", "独角兽", "瞪羚", "数字经济",
            "创新", "科技", "研发", "高新技术", "专利", "人才", "科研", "实验室", "技术", "数字化", "智能", "5G", "研究院", "孵化",
            "科技型", "新型研发", "创新平台", "研发投入", "院士"});
        KEYWORDS.put("urban", new String[] {
            "棚改", "安置房", "保障性住房", "保障性租赁住房", "物业", "燃气", "排水", "海绵城市", "公园", "绿道", "绿地率", "公交", "轨道交通", "高铁", "枢纽", "港口", "航道", "桥梁", "隧道", "路网", "市政",
            "城市", "城镇化", "交通", "地铁", "道路", "公路", "快速路", "管网", "供热", "供水", "供气", "轨道", "建成区", "棚户区",
            "老旧小区", "城中村", "街巷", "停车", "基础设施", "铁路", "机场", "高速", "新城", "片区", "城市更新", "住房"});
        KEYWORDS.put("ecology", new String[] {
            "污水处理", "垃圾分类", "固废", "危废", "碳达峰", "碳中和", "减排", "清洁能源", "光伏", "风电", "水土流失", "矿山", "生态修复", "河长制", "林长制", "自然保护区", "碧水", "净土", "排放强度",
            "单位地区生产总值能耗", "单位GDP能耗", "单位地区生产总值二氧化碳排放", "单位GDP二氧化碳排放", "单位地区生产总值用水量",
            "森林覆盖率", "细颗粒物", "优良天数", "PM2.5", "PM10", "二氧化碳", "优良率", "空气质量",
            "生态", "环境", "森林", "绿化", "植被", "湿地", "污染", "排放", "能耗", "碳", "空气质量", "水质", "节能", "蓄积量",
            "覆盖率", "造林", "草原", "自然保护", "河湖", "治理", "绿色", "环保", "地表水", "蓝天", "林业", "国土绿化", "水土"});
        KEYWORDS.put("rural", new String[] {
            "生猪", "出栏", "畜禽", "水产", "渔业", "林果", "茶叶", "蔬菜", "永久基本农田", "宅基地", "村集体", "集体经济", "种粮", "农业机械化", "冷链", "村庄", "乡镇", "农业产业化", "家庭农场",
            "乡村", "农村", "农业", "农民", "粮食", "耕地", "脱贫", "扶贫", "贫困", "村", "种植", "畜牧", "农产品", "地理标志",
            "高标准农田", "乡村振兴", "合作社", "农田", "农村居民人均可支配收入", "农村居民收入", "美丽乡村", "农村人居环境"});
        KEYWORDS.put("culture", new String[] {
            "文化馆", "美术馆", "非物质文化遗产", "A级景区", "4A级", "5A级", "文创", "赛事", "演出", "影视", "新闻出版", "红色旅游", "文化遗产", "公共文化", "旅游景区", "乡村旅游",
            "文化", "旅游", "文明", "文物", "历史", "博物馆", "体育", "文艺", "景区", "非遗", "名城", "图书馆", "全域旅游", "文旅",
            "文明城市", "核心价值观", "全民健身", "游客"});
        KEYWORDS.put("livelihood", new String[] {
            "托育", "托位", "普惠", "医保", "疾控", "参保", "义务教育", "高中", "职业教育", "残疾人", "救助", "学前教育", "公共卫生", "医疗服务", "养老服务", "基本养老", "社区养老", "菜篮子", "收入增长",
            "就业", "失业", "教育", "学校", "学位", "幼儿园", "医疗", "医院", "床位", "养老", "社保", "低保", "民生", "可支配收入",
            "居民收入", "住房保障", "卫生", "健康", "托管", "保险", "困难群众", "社会救助", "公共服务", "退役军人", "中小学"});
        KEYWORDS.put("reform_opening", new String[] {
            "进口", "外商", "外商投资", "自贸区", "自贸试验区", "通关", "一带一路", "中欧班列", "开放平台", "要素市场", "国资国企", "混改", "混合所有制", "产权", "行政审批", "利用外资", "对外贸易", "综合保税区",
            "改革", "开放", "外贸", "进出口", "外资", "营商环境", "审批", "一网通办", "自贸", "招商引资", "对外", "跨境", "口岸",
            "放管服", "事权", "国企改革", "出口", "试点"});
        KEYWORDS.put("governance", new String[] {
            "应急管理", "安全生产", "消防", "矛盾纠纷", "平安", "司法", "反腐", "巡察", "纪检", "监察", "基层治理", "民族宗教", "双拥", "国防", "党风廉政", "社会稳定", "风险防控", "依法行政",
            "党建", "党组织", "干部", "腐败", "纪律", "监督", "法治", "安全", "扫黑除恶", "社会治理", "网格", "信访", "党委",
            "全面从严治党", "作风", "四风", "政务", "应急", "疫情防控", "巡视", "政治", "党员", "基层", "正风肃纪", "八项规定",
            "法治政府", "执法", "平安建设", "廉政", "政法", "民主", "人大", "政协", "统一战线"});
    }

    private static final String[] DOMAINS = KEYWORDS.keySet().toArray(new String[0]);

    /** A keyword, the domains it counts for and the weight of one occurrence. */
    private record Keyword(String text, int[] domains, double weight) {
    }

    /**
     * Keywords indexed by their first character, longest first: one pass over the text, and at the few positions
     * where a keyword can start, a handful of startsWith checks. A plain array indexed by the character (not a
     * map of boxed characters) because the lookup runs at every keyword-start character of every sentence.
     */
    private static final Keyword[][] BY_FIRST = new Keyword[0x10000][];
    /** One bit per character that starts a keyword: 8 KB that stay in cache, checked before BY_FIRST. */
    private static final long[] STARTS = new long[0x10000 / 64];

    static {
        Map<String, int[]> domainsOf = new HashMap<>();
        Map<Character, List<String>> first = new LinkedHashMap<>();
        for (int d = 0; d < DOMAINS.length; d++) {
            for (String k : KEYWORDS.get(DOMAINS[d])) {
                int[] prev = domainsOf.get(k);
                int[] v = prev == null ? new int[] {d} : Arrays.copyOf(prev, prev.length + 1);
                v[v.length - 1] = d;
                if (prev == null) {
                    first.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(k);
                }
                domainsOf.put(k, v);
            }
        }
        first.forEach((c, words) -> {
            // Stable sort: among keywords of equal length the first listed wins, as it always did.
            List<String> longestFirst = new ArrayList<>(words);
            longestFirst.sort(Comparator.comparingInt(String::length).reversed());
            STARTS[c >>> 6] |= 1L << c;
            BY_FIRST[c] = longestFirst.stream()
                    .map(k -> new Keyword(k, domainsOf.get(k), Math.min(2.5, 1.0 + 0.25 * (k.length() - 2))))
                    .toArray(Keyword[]::new);
        });
    }

    public static String[] domains() {
        return DOMAINS.clone();
    }

    public Result classify(String text) {
        return classify(text, null, 0);
    }

    /**
     * Classifies with a prior: the enclosing section's domain adds {@code priorWeight} to its score, so a
     * sentence whose own words are weak or mixed leans towards its section, while clear words still win.
     */
    public Result classify(String text, String prior, double priorWeight) {
        if (text == null || text.isEmpty()) {
            return new Result(prior == null || prior.equals(GENERAL) ? GENERAL : prior, 0.0);
        }
        double[] score = new double[DOMAINS.length];
        double[] total = new double[1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((STARTS[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            Keyword[] candidates = BY_FIRST[c];
            // Leftmost-longest: 单位地区生产总值能耗 counts once, as ecology, not also as 地区生产总值.
            Keyword best = null;
            for (Keyword k : candidates) {
                if (text.startsWith(k.text(), i)) {
                    best = k;
                    break;
                }
            }
            if (best != null) {
                for (int d : best.domains()) {
                    score[d] += best.weight();
                    total[0] += best.weight();
                }
                i += best.text().length() - 1;
            }
        }
        boolean own = total[0] > 0;
        if (prior != null && priorWeight > 0) {
            for (int d = 0; d < DOMAINS.length; d++) {
                if (DOMAINS[d].equals(prior)) {
                    score[d] += priorWeight;
                    total[0] += priorWeight;
                }
            }
        }
        int best = -1;
        for (int d = 0; d < DOMAINS.length; d++) {
            if (score[d] > 0 && (best < 0 || score[d] > score[best])) {
                best = d;
            }
        }
        if (best < 0) {
            return new Result(GENERAL, 0.0);
        }
        double share = score[best] / total[0];
        double strength = Math.min(1.0, score[best] / 3.0) * (own ? 1.0 : 0.6);
        return new Result(DOMAINS[best], Math.round(share * (0.5 + 0.5 * strength) * 100) / 100.0);
    }
}
