package org.plantrack.nlp.robustness;

/**
 * Characters a copy out of a web page or a word processor leaves in plain text: invisible ones (soft hyphens and
 * zero-width spaces a CMS inserts to allow line breaks or to mark copies) and HTML entities that were never
 * decoded ({@code &nbsp;} indents, {@code &ldquo;…&rdquo;}, {@code &#12289;}).
 */
final class ScrapedCharacters {

    static final int EVERY = 7;

    private ScrapedCharacters() {
    }

    /** A soft hyphen or a zero-width space (in turn) after every {@value #EVERY}th character that is no line end. */
    static String invisible(String s) {
        StringBuilder out = new StringBuilder(s.length() + s.length() / EVERY);
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c);
            if (c != '\n' && ++n % EVERY == 0) {
                out.append(n / EVERY % 2 == 0 ? '\u00AD' : '\u200B');
            }
        }
        return out.toString();
    }

    /** Paragraphs indented with two {@code &nbsp;}, quotes, dashes, ampersands and 、 written as entities. */
    static String entities(String s) {
        StringBuilder out = new StringBuilder(s.length() + s.length() / 4);
        for (String line : s.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            boolean prose = !line.isBlank() && line.indexOf('|') < 0;
            if (prose) {
                out.append("&nbsp;&nbsp;");
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                out.append(switch (c) {
                    case '“' -> "&ldquo;";
                    case '”' -> "&rdquo;";
                    case '—' -> "&mdash;";
                    case '&' -> "&amp;";
                    case '、' -> prose ? "&#12289;" : "、";
                    default -> String.valueOf(c);
                });
            }
        }
        return out.toString();
    }
}
