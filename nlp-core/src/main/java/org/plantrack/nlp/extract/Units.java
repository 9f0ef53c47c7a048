package org.plantrack.nlp.extract;

import java.util.Arrays;
import java.util.Comparator;

/** Units an indicator value may carry, matched longest first right after the number (and its 万/亿). */
final class Units {

    /** Measurement units: Chinese numerals are accepted before these (八成, 万亿元). */
    static final String[] MEASURE = {
        "个百分点", "百分点", "%", "‰", "元", "美元", "欧元", "港元", "平方公里", "平方千米", "平方米", "公顷", "亩",
        "公里", "千米", "米", "立方米", "吨标准煤", "吨标煤", "吨", "千克", "公斤", "千瓦时", "千瓦", "标箱", "成", "倍", "斤",
        "微克/立方米", "毫克/立方米", "毫克/升", "立方米/秒", "元/人", "万千瓦", "兆瓦", "吉瓦", "千公顷", "平方千米",
        // transport and intensity units of statistical communiqués and plans
        "标准箱", "吨公里", "人公里", "吨标准煤/万元", "吨标煤/万元",
        // daily capacities of water, sewage and waste plants (污水处理能力12万吨/日): the rate is the measure
        "吨/日", "吨/天", "立方米/日", "立方米/天",
    };

    /** Counters: only Arabic numerals (or a 万/亿 multiplier) make an indicator of these (一批, 两个 are lexical). */
    static final String[] COUNTER = {
        "人次", "个", "家", "人", "名", "户", "所", "座", "条", "套", "项", "件", "次", "张", "辆", "台", "头", "只", "株", "棵",
        "种", "类", "处", "间", "栋", "幢", "床", "篇", "场", "宗", "起", "例", "位", "支", "架", "艘", "片", "对", "份",
        "批", "盏", "根", "册",
    };

    /**
     * All units by their first character, longest first: match() runs after every number, and trying the
     * eighty-odd units one by one was most of its cost.
     */
    private static final String[][] BY_FIRST = new String[0x10000][];

    static {
        String[] all = Arrays.copyOf(MEASURE, MEASURE.length + COUNTER.length);
        System.arraycopy(COUNTER, 0, all, MEASURE.length, COUNTER.length);
        Arrays.sort(all, Comparator.comparingInt(String::length).reversed());
        // Filtering the sorted list keeps its order, so the first unit found is the one a scan of all would find.
        for (String u : all) {
            String[] prev = BY_FIRST[u.charAt(0)];
            String[] next = prev == null ? new String[1] : Arrays.copyOf(prev, prev.length + 1);
            next[next.length - 1] = u;
            BY_FIRST[u.charAt(0)] = next;
        }
    }

    private Units() {
    }

    /** The longest unit starting at {@code i}, or null. */
    static String match(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return null;
        }
        String[] candidates = BY_FIRST[s.charAt(i)];
        if (candidates == null) {
            return null;
        }
        for (String u : candidates) {
            if (s.startsWith(u, i)) {
                return u;
            }
        }
        return null;
    }

    static boolean isMeasure(String unit) {
        for (String u : MEASURE) {
            if (u.equals(unit)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPercent(String unit) {
        return unit.equals("%") || unit.endsWith("百分点") || unit.equals("‰");
    }
}
