package org.plantrack.nlp.robustness;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a text perturbation to what a reader sees: in an HTML page only to the text between tags, so that
 * tags, attributes, entities, scripts and styles stay valid markup.
 */
final class OutsideMarkup {

    private static final Pattern MARKUP = Pattern.compile(
            "(?is)<script\\b.*?</script>|<style\\b.*?</style>|<!--.*?-->|<[^>]*>|&#?[a-zA-Z0-9]+;");

    private OutsideMarkup() {
    }

    static String apply(SourceDocument d, UnaryOperator<String> f) {
        if (!d.isHtml()) {
            return f.apply(d.text());
        }
        String s = d.text();
        StringBuilder out = new StringBuilder(s.length() + s.length() / 4);
        Matcher m = MARKUP.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(f.apply(s.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        out.append(f.apply(s.substring(last)));
        return out.toString();
    }
}
