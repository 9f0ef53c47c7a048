package org.plantrack.nlp.structure;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words of a sentence: HanLP's StandardTokenizer, then adjacent tokens merged where they spell a planning
 * term (地区生产总值, 城镇居民人均可支配收入, 单位地区生产总值能耗, 森林覆盖率 …), so indicator names stay whole.
 * The merge is ours rather than HanLP's global CustomDictionary, which would change HanLP for every other
 * user in the JVM. Not part of the default pipeline (it would dominate its cost): computed on demand.
 */
public final class WordSegmenter {

    private static final String[] TERMS = {
        "地区生产总值", "国内生产总值", "人均地区生产总值", "城镇居民人均可支配收入", "农村居民人均可支配收入",
        "居民人均可支配收入", "单位地区生产总值能耗", "单位地区生产总值二氧化碳排放", "单位GDP能耗", "森林覆盖率", "森林蓄积量",
        "规模以上工业增加值", "规模以上工业企业", "社会消费品零售总额", "固定资产投资", "一般公共预算收入", "地方一般公共预算收入",
        "城镇调查失业率", "城镇登记失业率", "城镇新增就业", "常住人口城镇化率", "户籍人口城镇化率", "研发经费投入强度",
        "全社会研发经费投入", "高新技术企业", "科技型中小企业", "进出口总额", "外贸进出口总额", "实际使用外资", "湿地保护率",
        "草原综合植被盖度", "空气质量优良天数比例", "细颗粒物浓度", "地表水达到或好于三类水体比例", "每万人口发明专利拥有量",
        "每千人口拥有执业医师数", "人均预期寿命", "基本养老保险参保率", "粮食综合生产能力", "能源综合生产能力",
        "数字经济核心产业增加值", "战略性新兴产业", "高技术制造业", "居民消费价格", "化肥农药使用量",
    };

    private static final Set<String> WORDS = new HashSet<>();
    private static final Set<String> PREFIXES = new HashSet<>();

    static {
        for (String t : TERMS) {
            WORDS.add(t);
            for (int i = 1; i < t.length(); i++) {
                PREFIXES.add(t.substring(0, i));
            }
        }
    }

    private WordSegmenter() {
    }

    public static List<String> segment(String text) {
        List<Term> terms = StandardTokenizer.segment(text);
        List<String> out = new ArrayList<>(terms.size());
        int i = 0;
        while (i < terms.size()) {
            // Longest run of tokens starting at i that spells a planning term.
            StringBuilder acc = new StringBuilder();
            int bestEnd = -1;
            String bestWord = null;
            for (int j = i; j < terms.size(); j++) {
                acc.append(terms.get(j).word);
                String a = acc.toString();
                if (WORDS.contains(a)) {
                    bestEnd = j;
                    bestWord = a;
                }
                if (!PREFIXES.contains(a)) {
                    break;
                }
            }
            if (bestEnd < 0) {
                out.add(terms.get(i).word);
                i++;
            } else {
                out.add(bestWord);
                i = bestEnd + 1;
            }
        }
        return out;
    }
}
