package org.plantrack.nlp.clean;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import org.plantrack.nlp.text.MappedText;

/**
 * Undoes the commonest mojibake of Chinese web text: UTF-8 bytes decoded as GBK by a scraper or a browser left on
 * the local default, then saved (全面建成 → 鍏ㄩ潰寤烘垚). Encoding such a text back (GB18030, GBK's superset) gives the UTF-8
 * bytes, which are decoded again. Whether to do it is judged on the whole text: the garbled characters are mostly
 * rare ones, the repaired text mostly frequent ones ({@link EncodingDetector#score}), so a real Chinese text, which
 * encodes to GBK as well, is never "repaired" into garbage.
 *
 * <p>Bytes the wrong decoding lost (it replaced them by U+FFFD: typically the last byte of a Chinese character
 * before an ASCII digit or line end) are gone. When only a character's last byte is, its first two leave 64
 * candidates, and the one of them that forms a word with the characters before it is taken ({@link CutCharacter});
 * otherwise the character becomes one U+FFFD, which the mojibake flag then reports. Every repaired character is mapped to the garbled character its first byte came from.
 */
public final class MojibakeRepair {

    /** GBK's superset: a text garbled by either decoding encodes back to the bytes it came from. */
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** A byte that never occurs in UTF-8: stands for what the wrong decoding replaced. */
    private static final byte LOST = (byte) 0xFF;
    private static final int MIN_HAN = 20;
    private static final double MAX_GARBLED_SCORE = 0.35;
    /** The repaired text must be mostly frequent characters, and clearly more so than the garbled one. */
    private static final double MIN_REPAIRED_SCORE = 0.4;
    private static final double MIN_GAIN = 0.25;

    private MojibakeRepair() {
    }

    public static MappedText repair(MappedText in, TextCleaner.Log log) {
        String s = in.text();
        double garbled = EncodingDetector.score(s);
        if (han(s) < MIN_HAN || garbled >= MAX_GARBLED_SCORE) {
            return in;
        }
        Bytes b = gbkBytes(s);
        if (b == null) {
            return in;
        }
        int[] guessed = {0};
        MappedText repaired = decodeUtf8(in, b, guessed);
        double now = EncodingDetector.score(repaired.text());
        if (now < Math.max(MIN_REPAIRED_SCORE, garbled + MIN_GAIN) || han(repaired.text()) < MIN_HAN / 2) {
            return in;
        }
        log.notes.add("repaired mojibake: UTF-8 text that had been decoded as GBK (" + s.length() + " → "
                + repaired.length() + " characters)");
        if (guessed[0] > 0) {
            log.notes.add("restored " + guessed[0] + " character(s) whose last byte the wrong decoding had dropped: each"
                    + " the only one that the two bytes left allow to form a word with the characters before it");
        }
        return repaired;
    }

    /** The text's GB18030 bytes, each with the index of the character it encodes; null when a character has none. */
    private record Bytes(byte[] bytes, int[] owner, int length) {
    }

    private static Bytes gbkBytes(String s) {
        CharsetEncoder enc = GB18030.newEncoder();
        byte[] bytes = new byte[s.length() * 4];
        int[] owner = new int[s.length() * 4];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                owner[n] = i;
                bytes[n++] = (byte) c;
                continue;
            }
            if (c == '\uFFFD') {
                owner[n] = i;
                bytes[n++] = LOST;
                continue;
            }
            if (!enc.canEncode(c)) {
                return null;
            }
            byte[] g = String.valueOf(c).getBytes(GB18030);
            for (byte x : g) {
                owner[n] = i;
                bytes[n++] = x;
            }
        }
        return new Bytes(bytes, owner, n);
    }

    /**
     * Decodes UTF-8 by hand so that every character knows its first byte; bad sequences give one U+FFFD, except a
     * character cut before its last byte, which {@link CutCharacter} may restore ({@code guessed[0]} counts them).
     */
    private static MappedText decodeUtf8(MappedText in, Bytes b, int[] guessed) {
        MappedText.Builder out = in.builder();
        StringBuilder recent = new StringBuilder();
        byte[] bytes = b.bytes();
        int p = 0;
        while (p < b.length()) {
            int lead = bytes[p] & 0xFF;
            int len = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0;
            int cp = len == 1 ? lead : len == 2 ? lead & 0x1F : len == 3 ? lead & 0x0F : lead & 0x07;
            boolean ok = len > 0 && p + len <= b.length();
            for (int k = 1; ok && k < len; k++) {
                int cont = bytes[p + k] & 0xFF;
                ok = cont >> 6 == 0b10;
                cp = cp << 6 | cont & 0x3F;
            }
            if (!ok) {
                boolean lastByteLost = len == 3 && p + 2 < b.length() && bytes[p + 2] == LOST
                        && (bytes[p + 1] & 0xC0) == 0x80;
                char cut = lastByteLost ? CutCharacter.guess(lead, bytes[p + 1] & 0xFF, recent) : '\uFFFD';
                if (cut != '\uFFFD') {
                    emit(out, recent, cut, b.owner()[p]);
                    guessed[0]++;
                    p += 3;
                    continue;
                }
                if (out.lastChar() != '\uFFFD') {
                    emit(out, recent, '\uFFFD', b.owner()[p]);
                }
                p++;
                continue;
            }
            if (cp > 0xFFFF) {
                emit(out, recent, Character.highSurrogate(cp), b.owner()[p]);
                emit(out, recent, Character.lowSurrogate(cp), b.owner()[p]);
            } else {
                emit(out, recent, (char) cp, b.owner()[p]);
            }
            p += len;
        }
        return out.build();
    }

    /** Appends a character, keeping the last three in {@code recent}. */
    private static void emit(MappedText.Builder out, StringBuilder recent, char c, int at) {
        out.put(c, at);
        recent.append(c);
        if (recent.length() > 3) {
            recent.deleteCharAt(0);
        }
    }

    private static int han(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF) {
                n++;
            }
        }
        return n;
    }
}
