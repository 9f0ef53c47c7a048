package org.plantrack.nlp.extract;

import java.util.List;
import org.plantrack.nlp.metric.CanonicalMetrics;

/**
 * 小学、初中毕业生升学率分别达到97%和40%: coordinated modifiers share the head noun written once, after the last
 * of them, so each earlier member is completed with that head (小学 → 小学毕业生升学率). A member is a modifier of the
 * shared head when its words carry the same parts of speech as the first words of the last member (小学 and 初中
 * are both nouns) and it does not already name an indicator of its own (人口、地区生产总值 are two complete names).
 */
final class SharedHead {

    private SharedHead() {
    }

    /** The members with the shared head added where they lack it; the array itself when nothing changes. */
    static String[] complete(String[] members) {
        if (members.length < 2) {
            return members;
        }
        String last = members[members.length - 1].strip();
        List<PartOfSpeech.Word> lastWords = PartOfSpeech.tag(last);
        String[] out = members.clone();
        String industryMeasure = industryMeasure(last);
        for (int k = 0; k < members.length - 1; k++) {
            String head = headFor(members[k].strip(), lastWords);
            if (head == null && industryMeasure != null && members[k].strip().endsWith("业")) {
                // 黑色金属冶炼和压延加工业、汽车制造业增加值: industry names too long to align word by word still share
                // the measure written after the last of them.
                head = industryMeasure;
            }
            if (head != null) {
                out[k] = members[k].strip() + head;
            }
        }
        return out;
    }

    /**
     * 建成3个国家级、5个省级现代农业产业园: a count whose name is only a modifier of the next count's head (国家级 beside
     * 省级现代农业产业园) counts things with that head too.
     */
    static void completeCountedModifiers(String s, List<Mention> ms) {
        for (int i = ms.size() - 2; i >= 0; i--) {
            Mention a = ms.get(i), b = ms.get(i + 1);
            if (a.metric == null || b.metric == null || a.metric.isEmpty() || b.metric.isEmpty()
                    || !s.substring(a.end, b.start).equals(a.metric + "、")) {
                continue;
            }
            String head = headFor(a.metric, PartOfSpeech.tag(b.metric));
            if (head != null) {
                a.metric = a.metric + head;
            }
        }
    }

    private static final java.util.regex.Pattern INDUSTRY_MEASURE = java.util.regex.Pattern.compile(
            "业(增加值|总产值|产值|营业收入|利润总额|利润|投资|用电量)$");

    /** The measure after an industry name ending the last member (…制造业增加值 → 增加值), or null. */
    private static String industryMeasure(String last) {
        java.util.regex.Matcher m = INDUSTRY_MEASURE.matcher(last);
        return m.find() ? m.group(1) : null;
    }

    /** The words of the last member after the part that corresponds to {@code member}, or null. */
    private static String headFor(String member, List<PartOfSpeech.Word> lastWords) {
        if (member.isEmpty()) {
            return null;
        }
        List<PartOfSpeech.Word> words = PartOfSpeech.tag(member);
        if (words.size() >= lastWords.size() || words.stream().anyMatch(w -> w.tag().equals("w"))) {
            return null;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).tag().equals(lastWords.get(k).tag())) {
                return null;
            }
        }
        if (CanonicalMetrics.resolve(member).resolved()) {
            return null;
        }
        StringBuilder head = new StringBuilder();
        for (PartOfSpeech.Word w : lastWords.subList(words.size(), lastWords.size())) {
            head.append(w.text());
        }
        return head.toString();
    }
}
