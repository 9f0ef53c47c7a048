package org.plantrack.devinfra.importer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    private static final long SECOND = 1_000_000_000L;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void countsLineShowsDoneOfTotalRateAndFailures() {
        assertThat(Progress.countsLine(3, 10, 1, Duration.ofSeconds(2))).isEqualTo("[3/10] 1.5 documents/s, 1 failed");
    }

    @Test
    void notATerminalGetsOnePlainLinePerFinishedFile() {
        Progress progress = new Progress(out, false, 2, 0);
        progress.finished(outcome("a.txt", FileOutcome.ANALYZED, true, null), SECOND);
        progress.finished(outcome("b.txt", FileOutcome.FAILED, false, "no text"), 2 * SECOND);
        progress.close();

        assertThat(text()).doesNotContain("\r").isEqualTo(
                "[1/2] 1.0 documents/s, 0 failed  a.txt ANALYZED\n"
                        + "[2/2] 1.0 documents/s, 1 failed  b.txt FAILED (already there): no text\n");
    }

    @Test
    void aTerminalGetsOneLineRedrawnInPlaceAndANewlineAtTheEnd() {
        Progress progress = new Progress(out, true, 2, 0);
        progress.finished(outcome("a-long-file-name.txt", FileOutcome.ANALYZED, true, null), SECOND);
        progress.finished(outcome("b.txt", FileOutcome.ANALYZED, true, null), 2 * SECOND);
        assertThat(text()).doesNotContain("\n");
        progress.close();

        String[] frames = text().split("\r");
        assertThat(frames).hasSize(3); // empty text before the first \r, then two frames
        assertThat(frames[2]).startsWith("[2/2] 1.0 documents/s, 0 failed  b.txt").endsWith(" \n");
        // the second frame is padded to cover the longer first one
        assertThat(frames[2].stripTrailing().length()).isLessThan(frames[1].length());
        assertThat(frames[2].length() - 1).isGreaterThanOrEqualTo(frames[1].length());
    }

    private static FileOutcome outcome(String file, String state, boolean uploaded, String reason) {
        return new FileOutcome(Path.of(file), "id", uploaded, state, null, reason);
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
