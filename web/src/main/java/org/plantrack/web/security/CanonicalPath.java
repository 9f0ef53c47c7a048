package org.plantrack.web.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The path a request names once every spelling trick is undone, for access decisions. The router sees a path after
 * percent-decoding and dot-segment removal, and may forgive doubled slashes, trailing slashes or matrix parameters;
 * a decision on the raw path ({@code /%61pi/documents}, {@code //api/documents}, {@code /x/../api/documents}) would
 * judge a different path from the one that is served. This form is deliberately wider than any router's: decoded
 * until stable (double encoding), backslashes read as slashes, empty and {@code .} segments dropped, {@code ..}
 * applied, matrix parameters cut off, lower case. Two paths that could reach the same resource get the same form.
 */
public final class CanonicalPath {

    private static final int MAX_DECODE_ROUNDS = 5;

    private CanonicalPath() {
    }

    public static String of(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        for (int round = 0; round < MAX_DECODE_ROUNDS && path.indexOf('%') >= 0; round++) {
            String decoded = percentDecode(path);
            if (decoded.equals(path)) {
                break;
            }
            path = decoded;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            int matrix = segment.indexOf(';');
            String name = (matrix >= 0 ? segment.substring(0, matrix) : segment).strip();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
                continue;
            }
            segments.addLast(name.toLowerCase(Locale.ROOT));
        }
        return "/" + String.join("/", segments);
    }

    /** True when the path is {@code prefix} or below it, however it was spelled. */
    public static boolean isUnder(String rawPath, String prefix) {
        String path = of(rawPath);
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** Lenient percent-decoding: a '%' not followed by two hex digits stays as it is (the router refuses it). */
    private static String percentDecode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && i + 2 < text.length()
                    && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
