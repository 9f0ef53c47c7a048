package org.plantrack.nlp.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plantrack.nlp.Classification.SectionDomain;
import org.plantrack.nlp.structure.SentenceSplitter.Span;

/**
 * 第四节 发展壮大矿产业 … 到2005年，力争实现产值600亿元: plans give each industry a section and close it with the
 * industry's output goal, named by a bare generic noun (产值, 年产值, 增加值, 销售收入). Such a figure is the output of
 * the industry the section heading names (矿产业产值), once the heading's numbering and the verbs and adverbs that
 * urge it on (加快发展, 发展壮大, 大力提升) are left out. Only headings that end in 产业/业 name an industry.
 */
public final class SectionIndustry {

    private static final Pattern GENERIC_OUTPUT = Pattern.compile(
            "^(?:年|总|年总)?(?:产值|增加值|销售收入|营业收入|主营业务收入|销售额|营业额)$");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:第[一二三四五六七八九十百零〇\\d]+[章节篇部分]+|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[、.．])\\s*");
    private static final int LONGEST_INDUSTRY = 14;

    private SectionIndustry() {
    }

    /** The indicators with generic output names completed by their section's industry. */
    public static List<Found> apply(List<Found> found, List<Span> sentences, List<SectionDomain> sections) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String industry = null;
            if (f.sentenceIndex() >= 0 && f.metric() != null && GENERIC_OUTPUT.matcher(f.metric()).matches()) {
                industry = industryAround(sections, sentences.get(f.sentenceIndex()).start());
            }
            out.add(industry == null ? f : f.withMetric(industry + f.metric()));
        }
        return out;
    }

    private static String industryAround(List<SectionDomain> sections, int pos) {
        SectionDomain innermost = null;
        for (SectionDomain s : sections) {
            if (s.start() <= pos && pos < s.end() && (innermost == null || s.level() >= innermost.level())) {
                innermost = s;
            }
        }
        return innermost == null ? null : industryOf(innermost.heading());
    }

    /** 第二节加快发展生物资源开发创新产业 → 生物资源开发创新产业; null when the heading names no industry. */
    static String industryOf(String heading) {
        String h = NUMBERING.matcher(heading.strip()).replaceFirst("").strip();
        if (!h.endsWith("业") || h.length() > LONGEST_INDUSTRY + 6) {
            return null;
        }
        List<PartOfSpeech.Word> words = PartOfSpeech.tag(h);
        int k = 0;
        while (k < words.size() - 1 && urging(words.get(k))) {
            k++;
        }
        StringBuilder b = new StringBuilder();
        for (PartOfSpeech.Word w : words.subList(k, words.size())) {
            if (w.tag().equals("w")) {
                return null; // a heading with punctuation is a sentence, not an industry's name
            }
            b.append(w.text());
        }
        String industry = b.toString();
        return industry.length() >= 2 && industry.length() <= LONGEST_INDUSTRY ? industry : null;
    }

    private static boolean urging(PartOfSpeech.Word w) {
        String t = w.tag();
        return t.equals("v") || t.equals("vn") || t.equals("vi") || t.equals("d") || t.equals("ad")
                || t.equals("c");
    }
}
