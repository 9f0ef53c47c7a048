package org.plantrack.gateway.stream;

/**
 * The {@code text/event-stream} text of events and comments, byte for byte as Quarkus REST's {@code SseEventSink}
 * writes it ({@code field:value} without a space, a data value split into one {@code data:} line per line break,
 * an empty line after each). The gateway writes this text itself so that several events go to a client in one
 * write and one flush; clients must not see any difference.
 */
public final class SseText {

    private SseText() {
    }

    public static StringBuilder appendEvent(StringBuilder out, long id, String name, String data) {
        out.append("id:").append(id).append('\n');
        return appendNamed(out, name, data);
    }

    /** An event without id (e.g. {@code dropped}): not part of the stream a client resumes. */
    public static StringBuilder appendNamed(StringBuilder out, String name, String data) {
        out.append("event:");
        appendFirstLine(out, name);
        out.append("data:");
        int length = data.length();
        for (int i = 0; i < length; i++) {
            char c = data.charAt(i);
            if (c == '\n') {
                out.append("\ndata:");
                // "\n\r" is one line break (so is "\r" alone); "\r\n" is two, as in Quarkus REST
                if (i + 1 < length && data.charAt(i + 1) == '\r') {
                    i++;
                }
            } else if (c == '\r') {
                out.append("\ndata:");
            } else {
                out.append(c);
            }
        }
        return out.append("\n\n");
    }

    public static StringBuilder appendComment(StringBuilder out, String text) {
        out.append(':');
        appendFirstLine(out, text);
        return out.append('\n');
    }

    /** A single-line field keeps what comes before its line break (Quarkus REST cuts at the later of \n and \r). */
    private static void appendFirstLine(StringBuilder out, String value) {
        int n = value.indexOf('\n');
        int r = value.indexOf('\r');
        if (n == -1 && r == -1) {
            out.append(value);
        } else {
            out.append(value, 0, Math.max(n, r));
        }
        out.append('\n');
    }
}
