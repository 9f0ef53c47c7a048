package org.plantrack.nlp.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.MappedText;

/**
 * Tags left in a text that is not HTML as a whole: a scraped article keeping a few {@code <span>}s, or escaped
 * markup that held only one kind of tag once unescaped ({@code 52<span>万</span>吨}). The HTML step does not run on
 * such a text (it would fold its line breaks), so the tags are removed here: inline tags add nothing, which joins a
 * number to the 万/亿/% the markup separated it from (GUIDELINES second round 6), and block tags ({@code <p>},
 * {@code <br>}) end the line. Only names of HTML elements count as tags, so {@code <4} or {@code <人民日报>} stay.
 * Every kept character stays mapped to its place in the original.
 */
public final class StrayTags {

    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*(?::[A-Za-z0-9]+)?)(?:\\s[^<>\\n]{0,300})?\\s*/?>");
    private static final Set<String> INLINE = Set.of("span", "font", "b", "i", "u", "em", "strong", "sup", "sub", "a",
            "small", "big", "o:p", "ins", "mark", "label", "td", "th");
    private static final Set<String> BLOCK = Set.of("p", "br", "div", "li", "ul", "ol", "tr", "table", "tbody", "section",
            "article", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr");

    private StrayTags() {
    }

    /** Whether the text holds at least one tag of an HTML element. */
    public static boolean present(String text) {
        if (text.indexOf('<') < 0) {
            return false;
        }
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (isElement(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    public static MappedText remove(MappedText in, TextCleaner.Log log) {
        String s = in.text();
        MappedText.Builder out = in.builder();
        Matcher m = TAG.matcher(s);
        int last = 0, removed = 0;
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!isElement(name)) {
                continue;
            }
            out.copy(last, m.start());
            if (BLOCK.contains(name) && out.length() > 0 && out.lastChar() != '\n') {
                out.put('\n', m.start());
            }
            last = m.end();
            removed++;
        }
        if (removed == 0) {
            return in;
        }
        out.copy(last, s.length());
        log.note("removed " + removed + " HTML tag(s) from a text that is not HTML");
        return out.build();
    }

    private static boolean isElement(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return INLINE.contains(n) || BLOCK.contains(n);
    }
}
