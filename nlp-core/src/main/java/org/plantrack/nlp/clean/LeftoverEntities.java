package org.plantrack.nlp.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.plantrack.nlp.text.MappedText;

/**
 * Decodes HTML entities left in a plain text (a page's text copied out of a CMS field, an RSS description):
 * {@code &nbsp;} indents, {@code &ldquo;十四五&rdquo;}, {@code &#12289;}. Only complete entities with their
 * semicolon that HTML defines are decoded (jsoup's table), each decoded character mapped to the entity's first
 * character; {@code AT&T}, {@code &c} and an unknown {@code &foo;} stay as they are. HTML pages are decoded by
 * their parser and never come here.
 */
public final class LeftoverEntities {

    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");

    private LeftoverEntities() {
    }

    public static MappedText decode(MappedText in, TextCleaner.Log log) {
        String s = in.text();
        Matcher m = ENTITY.matcher(s);
        MappedText.Builder out = null;
        int last = 0, decoded = 0;
        while (m.find()) {
            String entity = m.group();
            String text = Parser.unescapeEntities(entity, false);
            if (text.equals(entity) || text.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = in.builder();
            }
            out.copy(last, m.start()).put(text, m.start());
            last = m.end();
            decoded++;
        }
        if (out == null) {
            return in;
        }
        out.copy(last, s.length());
        log.note("decoded " + decoded + " HTML entit" + (decoded == 1 ? "y" : "ies") + " left in the text");
        return out.build();
    }
}
