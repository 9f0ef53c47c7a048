package org.plantrack.devinfra.importer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Reports files as they finish. On a terminal one line is redrawn in place (carriage return, no newline) so a large
 * folder does not scroll the screen away; written to a file or a pipe (CI logs) every finished file gets a plain line
 * of its own, because a log full of carriage returns reads as one garbled line.
 */
public final class Progress {

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final long startNanos;
    private int done;
    private int failures;
    private int lastWidth;

    public Progress(PrintStream out, boolean terminal, int total, long startNanos) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.startNanos = startNanos;
    }

    public synchronized void finished(FileOutcome outcome, long nowNanos) {
        done++;
        if (!outcome.succeeded()) {
            failures++;
        }
        String counts = countsLine(done, total, failures, Duration.ofNanos(nowNanos - startNanos));
        if (terminal) {
            String line = counts + "  " + outcome.file().getFileName();
            // pad over the remains of a longer previous line
            out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            out.println(counts + "  " + outcome.file() + " " + outcome.state()
                    + (outcome.uploaded() ? "" : " (already there)")
                    + (outcome.reason() == null ? "" : ": " + outcome.reason()));
        }
        out.flush();
    }

    /** Ends the in-place line so what follows starts on a fresh one. */
    public synchronized void close() {
        if (terminal && done > 0) {
            out.println();
        }
        out.flush();
    }

    static String countsLine(int done, int total, int failures, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format(Locale.ROOT, "[%d/%d] %.1f documents/s, %d failed", done, total, done / seconds,
                failures);
    }
}
