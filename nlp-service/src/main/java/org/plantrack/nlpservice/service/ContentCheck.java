package org.plantrack.nlpservice.service;

/**
 * Recognises decoded content that is not text, so that binary data the NLP core did not recognise as a format
 * (it reads PDF and DOCX and names the formats it refuses) ends FAILED with a reason instead of ANALYZED with
 * garbage.
 */
final class ContentCheck {

    /** Share of unreadable characters (controls, U+FFFD) above which decoded text is considered binary. */
    static final double MAX_UNREADABLE = 0.10;

    /** Share of characters in the decoded text that are neither printable nor ordinary whitespace. */
    static double unreadableShare(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int bad = 0;
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            total++;
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                bad++;
            }
        }
        return (double) bad / total;
    }

    private ContentCheck() {
    }
}
