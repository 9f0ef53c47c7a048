package org.plantrack.devinfra.importer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportMainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private FakeGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void uploadsEveryDocumentWaitsForItsAnalysisAndSkipsThemOnARerun() throws IOException {
        gateway = new FakeGateway("secret");
        write("a.txt", "到2025年，全市地区生产总值达到1.2万亿元。");
        write("sub/b.html", "<p>到2025年，森林覆盖率达到60%。</p>");

        int first = run(dir.toString(), "--url", gateway.url().toString(), "--key", "secret", "--region", "广东省");

        assertThat(first).isZero();
        assertThat(gateway.uploads).hasValue(2);
        assertThat(gateway.regions.values()).containsOnly("广东省");
        assertThat(stdout()).contains("[2/2]", "uploaded", "ANALYZED", "2 files: 2 uploaded");

        out.reset();
        int second = run(dir.toString(), "--url", gateway.url().toString(), "--key", "secret");

        assertThat(second).isZero();
        assertThat(gateway.uploads).as("a re-run uploads nothing").hasValue(2);
        assertThat(stdout()).contains("already there", "2 files: 0 uploaded, 2 not uploaded");
    }

    @Test
    void aFailedRefusedOrUnreadableFileMakesTheExitCodeNonZeroAndIsNamedInTheSummary() throws IOException {
        gateway = new FakeGateway(null);
        write("good.txt", "到2025年，全市地区生产总值达到1.2万亿元。");
        write("failing.txt", "FAIL 这份文件的分析会失败。");
        write("picture.txt", "IMAGE");

        int code = run(dir.toString(), dir.resolve("gone.txt").toString(), "--url", gateway.url().toString());

        assertThat(code).isEqualTo(1);
        assertThat(line("failing.txt")).contains("FAILED", "no sentences");
        assertThat(line("picture.txt")).contains("ERROR", "HTTP 415: it is an image");
        assertThat(line("gone.txt")).contains("ERROR", "cannot read the file");
        assertThat(line("good.txt")).contains("ANALYZED");
    }

    @Test
    void aRejectedKeyStopsTheImportWithAClearMessage() throws IOException {
        gateway = new FakeGateway("secret");
        write("a.txt", "到2025年，全市地区生产总值达到1.2万亿元。");

        int code = run(dir.toString(), "--url", gateway.url().toString(), "--key", "wrong");

        assertThat(code).isEqualTo(ImportMain.CANNOT_RUN);
        assertThat(stderr()).contains("HTTP 401", "API key was not accepted", "--key");
    }

    @Test
    void aUrlWhereNothingListensStopsTheImportWithAClearMessage() throws IOException {
        write("a.txt", "到2025年，全市地区生产总值达到1.2万亿元。");
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }

        int code = run(dir.toString(), "--url", "http://127.0.0.1:" + freePort);

        assertThat(code).isEqualTo(ImportMain.CANNOT_RUN);
        assertThat(stderr()).contains("cannot connect to the gateway at http://127.0.0.1:" + freePort, "--url");
    }

    @Test
    void aWrongCommandLineAnswersUsage() {
        assertThat(run("--concurrency", "0", "docs")).isEqualTo(ImportMain.USAGE_ERROR);
        assertThat(stderr()).contains("--concurrency must be a positive whole number", "usage: ./plantrack import");
        assertThat(run()).isEqualTo(ImportMain.USAGE_ERROR);
        assertThat(run("docs", "--url", "localhost:8080")).isEqualTo(ImportMain.USAGE_ERROR);
    }

    private int run(String... args) {
        return ImportMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The summary row of a file (the last line naming it). */
    private String line(String fileName) {
        return stdout().lines().filter(l -> l.contains(fileName)).reduce((a, b) -> b).orElse("");
    }
}
