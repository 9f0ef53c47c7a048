package org.plantrack.nlp.text;

/**
 * U+FFFD stands for a character a wrong decoding lost (mojibake the repair could not restore). The text keeps it,
 * so that the sentence is flagged; a name read from that text does not: the character is left out, which gives a
 * readable name one character short (地区生产总 for 地区生产总值) instead of one holding a replacement sign that no
 * user can search for, and no catalogue can match.
 */
public final class LostCharacters {

    private static final char LOST = '\uFFFD';

    private LostCharacters() {
    }

    public static String dropFrom(String name) {
        if (name == null || name.indexOf(LOST) < 0) {
            return name;
        }
        return name.replace(String.valueOf(LOST), "").strip();
    }
}
