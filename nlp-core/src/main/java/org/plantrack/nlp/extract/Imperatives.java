package org.plantrack.nlp.extract;

import java.util.List;
import java.util.Set;

/**
 * A clause without a subject that opens with an action verb and carries no aspect marker states a task, not a
 * result: 每年遴选20家企业, 培育100个优秀工业APP are targets even without a year or a cue; 遴选了20家, 已培育
 * 100个 are not. Used only when neither year, cue, paragraph nor section decides the kind.
 */
final class Imperatives {

    /** Scope and frequency words that may precede the verb of a task (每年遴选, 全省培育). */
    private static final Set<String> LEADING_SCOPE = Set.of("每年", "全省", "全市", "全县", "全区", "逐年", "年均", "力争");
    /** Verbs that report a result as often as they set a task, so they decide nothing. */
    private static final Set<String> RESULT_VERBS = Set.of(
            "完成", "实现", "达到", "达", "是", "为", "有", "共有", "拥有", "增长", "增加", "提高", "下降", "减少", "降低", "占",
            "超过", "突破",
            // stative verbs describe what is (全县辖12个乡镇, 折合1.39万美元, 死亡人口2.61万人, 还有3万亩未建)
            "辖", "下辖", "折合", "相当于", "合计", "共计", "死亡", "出生", "还有", "剩", "剩余", "位居", "位列");
    /**
     * 常住人口为312.6万人, 扣除价格因素实际增长5.8%: a clause whose value follows a copula or a change verb states a level
     * or a change, whatever verb the tagger finds first.
     */
    private static final Set<String> STATING_VERBS = Set.of(
            "为", "是", "有", "共有", "拥有", "达到", "达", "增长", "增加", "提高", "下降", "减少", "降低");

    private static final java.util.regex.Pattern APPROXIMATION_AT_END =
            java.util.regex.Pattern.compile("(?:大约|将近|接近|约|近)$");

    private Imperatives() {
    }

    /** True when the clause holding {@code pos} in {@code s} is a task as described above. */
    static boolean isTask(String s, int pos) {
        int start = pos;
        while (start > 0 && "，,；;。：:！？!?".indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        // 折合约1.39万美元: an approximation word glued to the verb (折合约 → 折 + 合约) would hide the verb from the tagger.
        String clause = APPROXIMATION_AT_END.matcher(s.substring(start, pos)).replaceFirst("");
        if (clause.isEmpty() || clause.contains("了") || clause.contains("已") || clause.contains("过")) {
            return false;
        }
        List<PartOfSpeech.Word> words = PartOfSpeech.tag(clause);
        int k = 0;
        while (k < words.size() && LEADING_SCOPE.contains(words.get(k).text())) {
            k++;
        }
        if (k >= words.size()) {
            return false;
        }
        PartOfSpeech.Word first = words.get(k);
        if (!first.tag().equals("v") || RESULT_VERBS.contains(first.text())
                || STATING_VERBS.contains(words.get(words.size() - 1).text())) {
            return false;
        }
        return start == 0 || !opensWithSubject(s);
    }

    /**
     * 地铁3号线一期工程全长26.8公里，设车站20座: a sentence that opens by stating a value of a noun has a subject, which
     * its later clauses without one share; they describe it rather than set tasks (产业园区提质扩容，每年新建… opens with
     * no value and sets tasks).
     */
    private static boolean opensWithSubject(String s) {
        int end = 0;
        while (end < s.length() && "，,；;。：:！？!?".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        List<PartOfSpeech.Word> words = PartOfSpeech.tag(s.substring(0, end));
        int k = 0;
        while (k < words.size() && LEADING_SCOPE.contains(words.get(k).text())) {
            k++;
        }
        return k < words.size() && words.get(k).tag().startsWith("n") && !words.get(k).tag().equals("nx")
                && !NumberMentions.mentions(s.substring(0, end)).isEmpty();
    }
}
