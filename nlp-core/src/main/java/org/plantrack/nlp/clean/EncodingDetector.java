package org.plantrack.nlp.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the character encoding of a document from its bytes (never from its name): BOMs first, then a
 * strict UTF-8 decode, then UTF-16 without BOM (zero-byte pattern), then GB18030 vs Big5 judged by how many
 * decoded characters are frequent Chinese characters.
 */
public final class EncodingDetector {

    public record Decoded(String encoding, String text) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    /** Frequent characters of both scripts; text decoded with the wrong legacy charset rarely hits them. */
    private static final String COMMON =
            "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
            + "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还"
            + "因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结"
            + "解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级"
            + "少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领"
            + "七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每"
            + "目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影"
            + "這個為們來時對會過說發經動國實現學後進長開關區與樣點從業當應還際設計從產電體機無義書術報導資億萬";

    private static final boolean[] COMMON_SET = new boolean[0x10000];

    static {
        for (int i = 0; i < COMMON.length(); i++) {
            COMMON_SET[COMMON.charAt(i)] = true;
        }
    }

    private EncodingDetector() {
    }

    public static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded("UTF-8", new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded("UTF-16LE", new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded("UTF-16BE", new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
        }
        String utf16 = utf16WithoutBom(b, false);
        if (utf16 == null) {
            String utf8 = strictUtf8(b);
            if (utf8 != null) {
                return new Decoded("UTF-8", utf8);
            }
            utf16 = utf16WithoutBom(b, true);
        }
        if (utf16 != null) {
            return utf16.startsWith("LE") ? new Decoded("UTF-16LE", utf16.substring(2)) : new Decoded("UTF-16BE", utf16.substring(2));
        }
        String gb = strict(b, GB18030);
        String big5 = strict(b, BIG5);
        if (gb != null && big5 == null) {
            return new Decoded("GB18030", gb);
        }
        if (big5 != null && gb == null) {
            return new Decoded("Big5", big5);
        }
        if (gb != null) {
            return score(big5) > score(gb) ? new Decoded("Big5", big5) : new Decoded("GB18030", gb);
        }
        // Damaged file: take the legacy charset that yields more frequent characters, replacing bad bytes.
        String gbLoose = new String(b, GB18030);
        String big5Loose = new String(b, BIG5);
        String utf8Loose = new String(b, StandardCharsets.UTF_8);
        double sg = score(gbLoose), sb = score(big5Loose), su = score(utf8Loose);
        if (su >= sg && su >= sb) {
            return new Decoded("UTF-8", utf8Loose);
        }
        return sb > sg ? new Decoded("Big5", big5Loose) : new Decoded("GB18030", gbLoose);
    }

    /**
     * Strict UTF-8 through the String constructor, which is several times faster than a CharsetDecoder: it
     * replaces every malformed sequence with U+FFFD, so a result without U+FFFD is exactly the strict decoding;
     * only otherwise (a real U+FFFD or malformed input) does the strict decoder decide.
     */
    private static String strictUtf8(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') < 0 ? s : strict(b, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            CharBuffer cb = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Chinese in UTF-16 has few zero bytes, but ASCII digits/punctuation/newlines give a clear parity pattern. */
    private static String utf16WithoutBom(byte[] b, boolean tryPureChinese) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int half = b.length / 2;
        if (zeroOdd > half / 20 && zeroEven < zeroOdd / 10) {
            String s = strict(b, StandardCharsets.UTF_16LE);
            return s == null ? null : "LE" + s;
        }
        if (zeroEven > half / 20 && zeroOdd < zeroEven / 10) {
            String s = strict(b, StandardCharsets.UTF_16BE);
            return s == null ? null : "BE" + s;
        }
        if (!tryPureChinese) {
            return null;
        }
        // Pure Chinese without ASCII: decode as UTF-16LE only if it yields mostly frequent characters.
        String le = strict(b, StandardCharsets.UTF_16LE);
        if (le != null && score(le) > 0.3) {
            return "LE" + le;
        }
        String be = strict(b, StandardCharsets.UTF_16BE);
        if (be != null && score(be) > 0.3) {
            return "BE" + be;
        }
        return null;
    }

    /** Share of CJK characters that are frequent characters. */
    static double score(String s) {
        int han = 0, common = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF || c >= 0xE000 && c <= 0xF8FF) {
                han++;
                if (COMMON_SET[c]) {
                    common++;
                }
            }
        }
        return han == 0 ? 0 : (double) common / han;
    }
}
