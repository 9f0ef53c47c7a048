package org.plantrack.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrack.devinfra.LocalStack;
import org.plantrack.devinfra.importer.ImportMain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./plantrack import} (its main class, in this JVM) against the packaged services: a folder of generated
 * documents is uploaded and analysed, a second run uploads nothing, a wrong key and a refused file are reported.
 * The gateway runs with an API key so the key handling is the real one.
 */
class ImportIT {

    static final Path WORK = PipelineIT.ROOT.resolve("e2e-tests/target/import-run");
    private static final String KEY = "import-it-key";

    private static LocalStack stack;
    private static String gateway;

    @TempDir
    Path folder;

    @BeforeAll
    static void startPlanTrack() throws IOException {
        stack = LocalStack.start(PipelineIT.ROOT, WORK,
                List.of("-Xmx384m", "-XX:+UseSerialGC", "-Dplantrack.api-key=" + KEY), Duration.ofMinutes(4));
        gateway = stack.gatewayUrl();
    }

    @AfterAll
    static void stopPlanTrack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void importsAFolderThenARerunUploadsNothingAndProblemsAreReported() throws Exception {
        try {
            // sentences written for this test: three plans of a fictional city, one in a subfolder, plus an image
            write("临江市规划.txt", "临江市国民经济和社会发展第十五个五年规划纲要\n到2030年，全市地区生产总值达到8000亿元。\n");
            write("林业/临江市林业规划.txt", "临江市林业发展规划\n到2030年，森林覆盖率提高到46%以上。\n");
            write("临江市工作报告.html", "<html><body><h1>临江市政府工作报告</h1>"
                    + "<p>2025年全市城镇新增就业6.2万人，比上年增长3.5%。</p></body></html>");
            Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

            Run first = run(folder.toString(), "--url", gateway, "--key", KEY, "--region", "临江市",
                    "--timeout", "5");
            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(first.out()).contains("3 files: 3 uploaded, 0 not uploaded", "3 analyzed, 0 failed")
                    .doesNotContain("photo.png");
            assertThat(first.rows()).hasSize(3).allSatisfy(row -> assertThat(row).contains("uploaded", "ANALYZED"));
            assertThat(totalDocuments()).isEqualTo(3);

            Run second = run(folder.toString(), "--url", gateway, "--key", KEY);
            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(second.out()).contains("3 files: 0 uploaded, 3 not uploaded", "3 analyzed");
            assertThat(second.rows()).hasSize(3).allSatisfy(row -> assertThat(row).contains("already there"));
            assertThat(totalDocuments()).as("a re-run uploads nothing").isEqualTo(3);

            write("新增/临江市交通规划.txt", "临江市综合交通规划\n到2030年，高速公路通车里程达到900公里。\n");
            Run wrongKey = run(folder.toString(), "--url", gateway, "--key", "not-the-key");
            assertThat(wrongKey.exitCode()).as(wrongKey.toString()).isEqualTo(ImportMain.CANNOT_RUN);
            assertThat(wrongKey.err()).contains("HTTP 401", "API key was not accepted");
            assertThat(totalDocuments()).isEqualTo(3);

            Path notAPdf = write("扫描件.pdf", "这不是PDF文件。");
            Run refused = run(notAPdf.toString(), "--url", gateway, "--key", KEY);
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
            assertThat(refused.rows()).singleElement().satisfies(row ->
                    assertThat(row).contains("扫描件.pdf", "ERROR", "HTTP 415"));
        } catch (AssertionError | RuntimeException e) {
            System.out.println(stack.logTails(150));
            throw e;
        }
    }

    /** What one run printed and answered; rows are the summary table's lines of files. */
    private record Run(int exitCode, String out, String err) {
        List<String> rows() {
            // the table starts at its FILE header and ends with the "N files: ..." line
            List<String> lines = out.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("FILE ")) {
                    return lines.subList(i + 1, lines.size() - 1);
                }
            }
            return List.of();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static long totalDocuments() throws Exception {
        HttpResponse<String> list = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(gateway + "/api/documents?size=1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        return Long.parseLong(list.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private Path write(String relative, String text) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
