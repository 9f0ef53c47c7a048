package org.plantrack.nlp.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned text into sentences at 。！？；(and ASCII !?;) and at line ends, never inside “…” or 《…》.
 * A closing quote right after the terminal mark stays with its sentence.
 */
public final class SentenceSplitter {

    /** A sentence span in the cleaned text and the index of its paragraph (line). */
    public record Span(int start, int end, int paragraph) {
    }

    private SentenceSplitter() {
    }

    public static List<Span> split(String s) {
        List<Span> out = new ArrayList<>();
        int n = s.length();
        int start = 0;
        int depth = 0; // inside “ ” or 《 》
        int paragraph = 0;
        boolean paragraphHasText = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (add(out, s, start, i, paragraph)) {
                    paragraphHasText = true;
                }
                if (paragraphHasText) {
                    paragraph++;
                    paragraphHasText = false;
                }
                start = i + 1;
                depth = 0;
                continue;
            }
            if (c == '“' || c == '《' || c == '「' || c == '『') {
                depth++;
            } else if ((c == '”' || c == '》' || c == '」' || c == '』') && depth > 0) {
                depth--;
            } else if (depth == 0 && isTerminal(c, s, i)) {
                int e = i + 1;
                while (e < n && (isTerminal(s.charAt(e), s, e) || s.charAt(e) == '”' || s.charAt(e) == '’'
                        || s.charAt(e) == '」' || s.charAt(e) == '…')) {
                    e++;
                }
                if (add(out, s, start, e, paragraph)) {
                    paragraphHasText = true;
                }
                start = e;
                i = e - 1;
            }
        }
        if (add(out, s, start, n, paragraph)) {
            paragraphHasText = true;
        }
        return out;
    }

    private static boolean isTerminal(char c, String s, int i) {
        switch (c) {
            case '?':
                // An ASCII '?' glued to the next character is usually mojibake (?xùn)|), not a question.
                return i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1)) || "”\"'）)」』".indexOf(s.charAt(i + 1)) >= 0;
            case '。', '！', '？', '；', '!', ';':
                return true;
            default:
                return false;
        }
    }

    private static boolean add(List<Span> out, String s, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end, paragraph));
            return true;
        }
        return false;
    }
}
