package org.plantrack.nlp.clean;

import java.util.Locale;
import org.plantrack.nlp.text.MappedText;

/**
 * HTML (including Word-exported HTML) to plain text: block elements become line breaks, table rows become
 * lines of cells separated by " | " (the same shape as pipe-rendered tables), scripts/styles/comments are
 * dropped and entities decoded. Offsets stay mapped to the HTML source.
 */
public final class HtmlToText {

    private HtmlToText() {
    }

    public static boolean looksLikeHtml(String text, String fileName) {
        if (fileName != null) {
            String f = fileName.toLowerCase(Locale.ROOT);
            if (f.endsWith(".html") || f.endsWith(".htm") || f.endsWith(".xhtml")) {
                return true;
            }
        }
        String head = text.substring(0, Math.min(text.length(), 2000)).toLowerCase(Locale.ROOT);
        int tags = 0;
        for (String t : new String[] {"<html", "<body", "<p>", "<p ", "<div", "<table", "<br", "<td", "<span"}) {
            if (head.contains(t)) {
                tags++;
            }
        }
        return head.contains("<!doctype html") || tags >= 2;
    }

    public static MappedText convert(MappedText in) {
        String s = in.text();
        int n = s.length();
        MappedText.Builder out = in.builder();
        int i = 0;
        boolean inCell = false;
        boolean cellStart = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                if (s.startsWith("<!--", i)) {
                    int e = s.indexOf("-->", i + 4);
                    i = e < 0 ? n : e + 3;
                    continue;
                }
                int e = s.indexOf('>', i);
                if (e < 0) {
                    out.copy(i, n);
                    break;
                }
                String tag = tagName(s, i + 1, e);
                boolean closing = i + 1 < n && s.charAt(i + 1) == '/';
                if (!closing && (tag.equals("script") || tag.equals("style"))) {
                    int close = s.toLowerCase(Locale.ROOT).indexOf("</" + tag, e);
                    int ce = close < 0 ? n : s.indexOf('>', close);
                    i = ce < 0 ? n : ce + 1;
                    continue;
                }
                switch (tag) {
                    case "td", "th" -> {
                        if (!closing) {
                            if (inCell) {
                                out.trimTrailing(' ');
                                out.put(" | ", i);
                            }
                            inCell = true;
                            cellStart = true;
                        }
                    }
                    case "tr", "table" -> {
                        newline(out, i);
                        inCell = false;
                        cellStart = false;
                    }
                    case "br", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tbody", "thead",
                            "ul", "ol", "section", "article", "title", "caption", "dt", "dd", "blockquote", "pre" -> {
                        // Inside a table cell block elements only separate words; the row stays one line.
                        if (inCell) {
                            if (!cellStart && out.length() > 0 && out.lastChar() != ' ') {
                                out.put(' ', i);
                            }
                        } else {
                            newline(out, i);
                        }
                    }
                    default -> {
                    }
                }
                i = e + 1;
                continue;
            }
            if (c == '&') {
                int semi = s.indexOf(';', i);
                if (semi > i && semi - i <= 10) {
                    String ent = s.substring(i + 1, semi);
                    String rep = entity(ent);
                    if (rep != null) {
                        out.put(rep, i);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            if (c == '\r' || c == '\n' || c == '\t') {
                // Source line breaks inside HTML are layout, not content.
                if (!cellStart && out.length() > 0 && out.lastChar() != '\n' && out.lastChar() != ' ') {
                    out.put(' ', i);
                }
                i++;
                continue;
            }
            if (c == ' ' && (cellStart || out.length() > 0 && (out.lastChar() == '\n' || out.lastChar() == ' '))) {
                i++;
                continue;
            }
            cellStart = false;
            out.copy(i, i + 1);
            i++;
        }
        return out.build();
    }

    private static void newline(MappedText.Builder out, int at) {
        out.trimTrailing(' ');
        if (out.length() > 0 && out.lastChar() != '\n') {
            out.put('\n', at);
        }
    }

    private static String tagName(String s, int from, int to) {
        int i = from;
        if (i < to && s.charAt(i) == '/') {
            i++;
        }
        int j = i;
        while (j < to && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == ':')) {
            j++;
        }
        return s.substring(i, j).toLowerCase(Locale.ROOT);
    }

    private static String entity(String e) {
        switch (e) {
            case "nbsp", "ensp", "emsp", "thinsp":
                return " ";
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "ldquo":
                return "“";
            case "rdquo":
                return "”";
            case "middot":
                return "·";
            case "mdash":
                return "—";
            default:
                break;
        }
        try {
            if (e.startsWith("#x") || e.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            }
            if (e.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(e.substring(1))));
            }
        } catch (IllegalArgumentException ex) {
            return null;
        }
        return null;
    }
}
