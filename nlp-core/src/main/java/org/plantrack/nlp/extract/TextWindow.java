package org.plantrack.nlp.extract;

/** Bounded looks around a position of a sentence: fixed windows keep long sentences linear. */
final class TextWindow {

    private TextWindow() {
    }

    /** The last {@code max} characters before {@code end}. */
    static String tail(String s, int end, int max) {
        return s.substring(Math.max(0, end - max), end);
    }

    static boolean endsWithAny(String s, String... suffixes) {
        for (String x : suffixes) {
            if (s.endsWith(x)) {
                return true;
            }
        }
        return false;
    }
}
