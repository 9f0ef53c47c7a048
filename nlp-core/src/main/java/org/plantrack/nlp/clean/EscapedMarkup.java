package org.plantrack.nlp.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.MappedText;

/**
 * HTML that arrives escaped, inside a JSON string ({@code \u003cp\u003e}, {@code \"}, {@code \n}) or entity-escaped
 * in markdown or a feed ({@code &lt;p&gt;}), is unescaped so that the HTML step can parse it; otherwise its tags,
 * attributes and CSS would be read as text and their numbers as values.
 */
public final class EscapedMarkup {

    private static final Pattern ESCAPED_TAG = Pattern.compile(
            "(?:&lt;|\\\\u003[cC])/?(?:p|span|div|td|tr|table|br|strong|font|section|h[1-6])\\b");
    private static final String[][] ESCAPES = {
        {"\\u003c", "<"}, {"\\u003C", "<"}, {"\\u003e", ">"}, {"\\u003E", ">"}, {"\\u0026", "&"}, {"\\\"", "\""},
        {"\\/", "/"}, {"\\n", "\n"}, {"\\r", ""}, {"\\t", " "}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
        {"&amp;", "&"},
    };

    private EscapedMarkup() {
    }

    /** At least two escaped tags: one could be a document quoting a tag. */
    public static boolean holdsEscapedHtml(String text) {
        Matcher m = ESCAPED_TAG.matcher(text);
        return m.find() && m.find();
    }

    public static MappedText unescape(MappedText in) {
        String s = in.text();
        MappedText.Builder out = in.builder();
        int i = 0;
        outer:
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' || c == '&') {
                for (String[] e : ESCAPES) {
                    if (s.startsWith(e[0], i)) {
                        out.put(e[1], i);
                        i += e[0].length();
                        continue outer;
                    }
                }
            }
            out.copy(i, i + 1);
            i++;
        }
        return out.build();
    }
}
