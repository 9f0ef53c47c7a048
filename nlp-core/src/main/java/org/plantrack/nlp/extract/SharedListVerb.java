package org.plantrack.nlp.extract;

import java.util.List;

/**
 * 新建改造供热管网1307公里、供水管网783公里: members of a 、 list after the first name only their object; the verb
 * that opens the list (新建改造) governs them all, so it belongs to their names too. A member is an object of that
 * verb when it is built like the first one's object (供热管网 and 供水管网 have the same parts of speech); a member
 * with a verb of its own (新建幼儿园12所、新增学位3600个) is not.
 */
final class SharedListVerb {

    private SharedListVerb() {
    }

    static void apply(String s, List<Mention> ms) {
        String head = null;
        List<PartOfSpeech.Word> headWords = null;
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.metric == null || m.metric.isEmpty()) {
                head = null;
                continue;
            }
            Mention p = i > 0 ? ms.get(i - 1) : null;
            String gap = p == null ? null : s.substring(p.end, m.start);
            boolean listed = gap != null && gap.length() > 1 && gap.charAt(0) == '、' && gap.indexOf('、', 1) < 0
                    && gap.substring(1).equals(m.metric);
            if (!listed) {
                head = m.metric;
                headWords = null; // tagged only when a list member needs it: most values start no list
                continue;
            }
            if (head != null) {
                if (headWords == null) {
                    headWords = PartOfSpeech.tag(head);
                }
                String verb = verbBefore(headWords, PartOfSpeech.tag(m.metric));
                if (verb != null) {
                    m.metric = verb + m.metric;
                }
            }
        }
    }

    /**
     * The verbs the first name opens with when the rest of it is built like the member (same tags, word by word):
     * 新建|改造 before 供热|管网 for 供水|管网. Null when nothing but verbs (v, vn) stands before that object.
     */
    private static String verbBefore(List<PartOfSpeech.Word> head, List<PartOfSpeech.Word> member) {
        int split = head.size() - member.size();
        if (split <= 0 || !head.get(0).tag().equals("v")) {
            return null;
        }
        for (int k = 0; k < member.size(); k++) {
            if (!head.get(split + k).tag().equals(member.get(k).tag())) {
                return null;
            }
        }
        StringBuilder verb = new StringBuilder();
        for (int k = 0; k < split; k++) {
            String tag = head.get(k).tag();
            if (!tag.equals("v") && !tag.equals("vn")) {
                return null;
            }
            verb.append(head.get(k).text());
        }
        return verb.toString();
    }
}
