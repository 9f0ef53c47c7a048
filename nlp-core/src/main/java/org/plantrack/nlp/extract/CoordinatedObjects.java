package org.plantrack.nlp.extract;

import java.util.List;
import org.plantrack.nlp.text.CjkChars;

/**
 * 新建800个智能工厂、数字化车间，…: a value can count a coordination of things written after it, joined by 、; the
 * count is of all of them (the gold writes 新建智能工厂、数字化车间), and 20家行业型、专业型、区域型工业互联网平台 counts
 * platforms of three kinds. The members after the first join the name only when the coordination ends its clause
 * and none of them has a number (2835个老旧小区、975条街巷 are two counts) or opens with a verb (培育20家企业、
 * 带动就业 are two predicates).
 */
final class CoordinatedObjects {

    /** How long the whole coordination may be, so that a run-on enumeration is not taken for one name. */
    private static final int MAX_LENGTH = 40;
    private static final String CLAUSE_END = "，,；;。！？!?：:";

    private CoordinatedObjects() {
    }

    /**
     * The name after a value that starts at {@code start}, whose first member ends at {@code firstEnd}: that member
     * alone, the whole coordination of nouns when one follows it up to the end of its clause, or, for a list closed by
     * 等 and a category (创新中心、推广中心等创新服务载体), the category with the modifier the members share (the
     * words of the first member before the part that corresponds to the second).
     */
    static String name(String s, int start, int firstEnd) {
        String first = s.substring(start, firstEnd);
        if (firstEnd >= s.length() || s.charAt(firstEnd) != '、') {
            return first;
        }
        int k = firstEnd;
        String second = null;
        while (k < s.length() && s.charAt(k) == '、') {
            int from = k + 1;
            int to = from;
            while (to < s.length() && s.charAt(to) != '、' && CLAUSE_END.indexOf(s.charAt(to)) < 0) {
                if (CjkChars.isAsciiDigit(s.charAt(to)) || to - start > MAX_LENGTH) {
                    return first;
                }
                to++;
            }
            String member = s.substring(from, to);
            List<PartOfSpeech.Word> words = PartOfSpeech.tag(Metric.stripQuotes(member));
            if (words.isEmpty() || !CjkChars.hasHan(member)
                    || words.get(0).tag().equals("v") && sharedModifier(first, beforeEtc(member)).isEmpty()) {
                // 培育20家企业、带动就业: a member opening with a verb is a predicate of its own, unless it is built
                // like the end of the first member (创新中心、推广中心: verb and noun both).
                return first;
            }
            if (second == null) {
                second = member;
            }
            if (to >= s.length() || s.charAt(to) != '、') {
                int etc = member.indexOf('等');
                if (etc > 0 && member.length() - etc - 1 >= 2) {
                    String category = member.substring(etc + 1);
                    String shared = sharedModifier(first, beforeEtc(second));
                    return shared + category;
                }
                // The last member: the coordination must be complete here, and name a thing.
                PartOfSpeech.Word lastWord = words.get(words.size() - 1);
                return lastWord.isNoun() || lastWord.tag().equals("k") ? s.substring(start, to) : first;
            }
            k = to;
        }
        return first;
    }

    private static String beforeEtc(String member) {
        int etc = member.indexOf('等');
        return etc > 0 ? member.substring(0, etc) : member;
    }

    /** 省级工业互联网创新中心 against 推广中心: 省级工业互联网, the words before those built like the second member. */
    private static String sharedModifier(String first, String second) {
        List<PartOfSpeech.Word> a = PartOfSpeech.tag(first);
        List<PartOfSpeech.Word> b = PartOfSpeech.tag(second);
        int split = a.size() - b.size();
        if (split <= 0) {
            return "";
        }
        for (int k = 0; k < b.size(); k++) {
            if (!a.get(split + k).tag().equals(b.get(k).tag())) {
                return "";
            }
        }
        StringBuilder shared = new StringBuilder();
        for (PartOfSpeech.Word w : a.subList(0, split)) {
            shared.append(w.text());
        }
        return shared.toString();
    }
}
