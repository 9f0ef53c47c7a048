package org.plantrack.nlp.format;

import java.io.Writer;
import org.plantrack.nlp.DocumentFormatException;

/** Collects extracted text and stops the extraction as soon as it passes the character limit. */
final class LimitedWriter extends Writer {

    private final StringBuilder text = new StringBuilder();
    private final int maxCharacters;
    private final String what;

    LimitedWriter(int maxCharacters, String what) {
        this.maxCharacters = maxCharacters;
        this.what = what;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        append(buffer, offset, length);
    }

    void add(String s) {
        text.append(s);
        check();
    }

    private void append(char[] buffer, int offset, int length) {
        text.append(buffer, offset, length);
        check();
    }

    /**
     * Stops the extraction when the text written so far and {@code pending} characters not yet written (a paragraph
     * being read) pass the limit, so that no single paragraph can grow without bound before it is added.
     */
    void ensureRoom(int pending) {
        check((long) text.length() + pending);
    }

    private void check() {
        check(text.length());
    }

    private void check(long length) {
        if (length > maxCharacters) {
            throw new DocumentFormatException("the " + what + " has more than " + maxCharacters + " characters of "
                    + "text, more than one document may have here; split it and upload the parts");
        }
    }

    int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
