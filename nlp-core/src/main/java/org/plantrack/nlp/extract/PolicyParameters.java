package org.plantrack.nlp.extract;

import java.util.regex.Pattern;

/**
 * Values that parametrise a policy instrument rather than measure the region (GUIDELINES second round 8): caps
 * on a benefit (最高3000万元), one-off grants per beneficiary (给予一次性奖补100万元), subsidy and interest rates
 * as a share of an amount (按设备购置额的10%), and eligibility thresholds (投资1000万元及以上的项目).
 */
final class PolicyParameters {

    /** A ceiling on what one beneficiary gets: 最高, 最多, 上限, 单个企业最高 … right before the value. */
    private static final Pattern CAP = Pattern.compile("(?:最高|最多|上限为?|封顶)(?:不超过|可达|为|给予|奖励|补助|补贴)?$");
    /** A grant to each beneficiary: 给予…(一次性)奖补/奖励/补助/补贴/资助 right before the value. */
    private static final Pattern GRANT = Pattern.compile("(?:给予|获得)[^，,；;。]{0,16}(?:奖补|奖励|补助|补贴|资助|贴息)(?:资金)?$");
    /** A rate of some amount: 按(照)…额/金额/利率/费用(的) right before a percentage. */
    private static final Pattern RATE_OF = Pattern.compile(
            "按照?[^，,；;。]{0,30}(?:额|金额|利率|费用|价格|成本|费)的?(?:不超过|不高于|最高|给予)?$");
    /**
     * An amount per beneficiary or per unit of what is supported: 每人每月发放高龄津贴100元, 每亩补助3000元, 每户奖励2万元. A
     * rate per year (每年投入10亿元) is spending, and an outcome per household (每户年均增收2000元) measures the region.
     */
    private static final Pattern PER_BENEFICIARY = Pattern.compile(
            "每(?:人|户|亩|名|家|所|头)(?:每(?:月|年|天))?[^，,；;。：:\\d]{0,8}?"
            + "(?:发放|补助|补贴|奖励|奖补|资助|救助|津贴|补偿|奖金|标准)(?:为|是|按)?$");
    /** The weight of a part in an assessment: 权重占30%, 权重为20%, 按40%的权重计入. */
    private static final Pattern WEIGHT = Pattern.compile("权重(?:占|为|是|设为|按)?$");
    /** A class boundary: 1000万元及以上, 500万元以上的企业. */
    private static final Pattern THRESHOLD_AFTER = Pattern.compile("^(?:（含）|\\(含\\))?(?:及以上|以上的|以上企业|以上项目|的企业|的项目)");
    /** 超亿元企业, 过十亿元项目: an amount passed (超/过) and glued to the class of things it bounds. */
    private static final Pattern PASSED_CLASS = Pattern.compile("^(?:级)?(?:企业|项目|工业企业|工业项目|产业项目|龙头企业)");

    private PolicyParameters() {
    }

    /** True when the value of {@code m} in sentence {@code s} parametrises an instrument. */
    static boolean isParameter(String s, Mention m) {
        boolean money = NumberMentions.stripMultiplier(m.unit).endsWith("元");
        boolean percent = Units.isPercent(m.unit);
        if (!money && !percent) {
            return false;
        }
        String before = TextWindow.tail(s, m.start, 40);
        if (CAP.matcher(before).find() || money && GRANT.matcher(before).find()
                || money && PER_BENEFICIARY.matcher(before).find()) {
            return true;
        }
        if (percent && (RATE_OF.matcher(before).find() || WEIGHT.matcher(before).find()
                || s.startsWith("的权重", m.end))) {
            return true;
        }
        return money && isClassBoundary(s, m);
    }

    /**
     * 投资1000万元及以上的项目, 年产值10亿元以上的企业: the amount bounds a class of things and belongs to its name
     * (GUIDELINES second round 9), so a value counting that class is named from before the amount.
     */
    static boolean isClassBoundary(String s, Mention m) {
        if (!NumberMentions.stripMultiplier(m.unit).endsWith("元")) {
            return false;
        }
        String after = s.substring(m.valueEnd);
        return THRESHOLD_AFTER.matcher(after).find()
                || PASSED_CLASS.matcher(after).find() && TextWindow.endsWithAny(TextWindow.tail(s, m.start, 2), "超", "过");
    }
}
