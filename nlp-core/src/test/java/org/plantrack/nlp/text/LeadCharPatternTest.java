package org.plantrack.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class LeadCharPatternTest {

    /** Patterns shaped like the ones the analyzer uses: alternations, look-arounds, optional prefixes, digits. */
    private static final String[] PATTERNS = {
        "力争|争取|(?<![即必])将(?!军|近)|(?<![截高升])(?:到|至)(?:\\d{4}|20XX)年|“?十[三四五]五”?(?:期末|末)",
        "(到|至|截至|比)?((?:19|20)\\d{2})年(目标|以来)?",
        "十([一二三四五])五|第十([一二三四五])个五年",
        "^\\s*(小|中|大)字号|来源[:：]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}",
        "\\d{1,2}[-—至~]\\d{1,2}月|[一二三四]季度|(?<![比较与])(?:去年|上年)",
    };

    @Test
    void findsExactlyTheMatchesOfAFindLoop() {
        String text = "力争到2025年全市生产总值比2020年增长30%，将军路改造，去年和比上年相比，1-6月及二季度，"
                + "截至2024年目标完成；“十四五”末主要指标，第十四个五年规划，来源：本网 mail a.b@c.org。\n 中字号";
        for (String regex : PATTERNS) {
            assertThat(matches(new LeadCharPattern(regex), text)).as(regex).isEqualTo(findLoop(regex, text));
        }
    }

    @Test
    void agreesWithAFindLoopOnRandomTextMadeOfThePatternsCharacters() {
        Random random = new Random(7);
        for (String regex : PATTERNS) {
            LeadCharPattern p = new LeadCharPattern(regex);
            String alphabet = regex.replaceAll("[\\\\()?:|\\[\\]{}^$*+!<]", "") + "0123456789 ，。\n比较";
            for (int round = 0; round < 2000; round++) {
                StringBuilder sb = new StringBuilder();
                int length = 1 + random.nextInt(40);
                for (int i = 0; i < length; i++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = sb.toString();
                assertThat(matches(p, text)).as(regex + " on " + text).isEqualTo(findLoop(regex, text));
                assertThat(p.count(text)).isEqualTo(findLoop(regex, text).size());
            }
        }
    }

    @Test
    void leadCharactersAreThoseAMatchCanStartWith() {
        LeadCharPattern p = new LeadCharPattern(PATTERNS[0]);
        assertThat("力争将到至“十".chars()).allMatch(c -> p.isLead((char) c.intValue()));
        assertThat("取军年末经济，2".chars()).noneMatch(c -> p.isLead((char) c.intValue()));
        LeadCharPattern years = new LeadCharPattern(PATTERNS[1]);
        assertThat(years.isLead('1')).isTrue();
        assertThat(years.isLead('2')).isTrue();
        assertThat(years.isLead('3')).isFalse();
    }

    @Test
    void refusesPatternsWhoseLeadCharactersCannotBeDerived() {
        assertThatThrownBy(() -> new LeadCharPattern("(?<=，)\\d+")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeadCharPattern("\\bGDP")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeadCharPattern("\\d*")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> matches(LeadCharPattern p, String text) {
        List<String> out = new ArrayList<>();
        boolean grouped = p.pattern().matcher("").groupCount() >= 1;
        LeadCharPattern.Finder f = p.finder(text);
        while (f.find()) {
            out.add(f.start() + "-" + f.end() + ":" + f.group() + ":" + (grouped ? f.group(1) : null));
        }
        return out;
    }

    private static List<String> findLoop(String regex, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group() + ":" + (m.groupCount() >= 1 ? m.group(1) : null));
        }
        return out;
    }
}
