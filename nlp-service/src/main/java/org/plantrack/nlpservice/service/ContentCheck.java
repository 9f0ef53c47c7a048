package org.plantrack.nlpservice.service;

import java.nio.charset.StandardCharsets;

/**
 * Recognises content that is not text before and after decoding, so that a PDF, an office file or an image ends
 * FAILED with a reason the uploader understands instead of ANALYZED with garbage.
 */
final class ContentCheck {

    /** Share of unreadable characters (controls, U+FFFD) above which decoded text is considered binary. */
    static final double MAX_UNREADABLE = 0.10;

    /** A reason when the bytes start like a known binary format, else null. */
    static String binaryFormat(byte[] content) {
        if (startsWith(content, "%PDF")) {
            return "PDF";
        }
        if (startsWith(content, "PK\u0003\u0004")) {
            return "ZIP container (docx, xlsx, odt or zip)";
        }
        if (startsWith(content, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return "legacy Office (doc, xls)";
        }
        if (startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G'})) {
            return "PNG image";
        }
        if (startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "JPEG image";
        }
        if (startsWith(content, "GIF8")) {
            return "GIF image";
        }
        if (startsWith(content, new byte[]{0x7F, 'E', 'L', 'F'})) {
            return "executable";
        }
        return null;
    }

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

    private static boolean startsWith(byte[] content, String ascii) {
        return startsWith(content, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private ContentCheck() {
    }
}
