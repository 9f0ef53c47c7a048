package org.plantrack.ingest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input at the upload (see docs/reliability.md, "Bad input"): each case gets its answer, and a normal upload
 * right after it is still accepted. Content problems that only analysis can see (a PDF without text layer, a zip
 * bomb) are accepted here and end FAILED in nlp-service.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_test"))
class UploadValidationTest {

    private static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
            'I', 'H', 'D', 'R'};
    private static final byte[] ELF_HEADER = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E};
    private static final byte[] OLE2_HEADER = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};

    /** After every case, the service still takes an ordinary document. */
    @AfterEach
    void normalUploadStillSucceeds() {
        Response ok = upload(sentence(), "text/plain; charset=UTF-8", Map.of("fileName", "正常.txt"));
        assertThat(ok.statusCode()).isEqualTo(202);
        assertThat(ok.jsonPath().getString("state")).isEqualTo("RECEIVED");
    }

    @Test
    void emptyBodyAnswers400() {
        Response r = upload(new byte[0], "text/plain", Map.of("fileName", "空.txt"));
        assertProblem(r, 400, "empty-document", "Empty document", "body is empty");
    }

    @Test
    void pngNamedTxtIsRefusedWith415NamingFileAndDetectedType() {
        byte[] png = concat(PNG_HEADER, sentence());
        Response r = upload(png, "text/plain", Map.of("fileName", "报告.txt"));
        assertProblem(r, 415, "unsupported-document-type", "Unsupported document type",
                "file '报告.txt' is a PNG image (by its first bytes)");
    }

    @Test
    void elfExecutableNamedTxtIsRefused() {
        Response r = upload(concat(ELF_HEADER, new byte[200]), "text/plain", Map.of("fileName", "run.txt"));
        assertProblem(r, 415, "unsupported-document-type", "Unsupported document type",
                "file 'run.txt' is an ELF executable");
    }

    @Test
    void legacyWordDocumentIsRefused() {
        Response r = upload(concat(OLE2_HEADER, new byte[500]), "application/msword",
                Map.of("fileName", "旧规划.doc"));
        assertProblem(r, 415, "unsupported-document-type", "Unsupported document type",
                "file '旧规划.doc' is a legacy Office (.doc/.xls) file");
    }

    @Test
    void zipThatIsNotADocxIsRefused() throws IOException {
        byte[] zip = zip(Map.of("data/table.csv", "a,b\n1,2\n"));
        Response r = upload(zip, "application/zip", Map.of("fileName", "data.zip"));
        assertProblem(r, 415, "unsupported-document-type", "Unsupported document type",
                "file 'data.zip' is a zip archive that is not a .docx document");
    }

    @Test
    void imageByDeclaredTypeIsRefusedEvenWithoutKnownMagic() {
        Response r = upload("not really an image".getBytes(StandardCharsets.US_ASCII), "image/webp",
                Map.of("fileName", "photo.webp"));
        assertProblem(r, 415, "unsupported-document-type", "Unsupported document type",
                "declared as image/webp");
    }

    @Test
    void textNamedPdfIsRefusedBecauseTheBytesAreNoPdf() {
        Response r = upload(sentence(), "application/pdf", Map.of("fileName", "plan.pdf"));
        assertProblem(r, 415, "unsupported-document-type", "Unsupported document type",
                "not a PDF file although declared as one");
    }

    @Test
    void docxIsAcceptedAndStoredUnderItsOwnTypeWhateverTheClientCalledIt() throws IOException {
        byte[] docx = zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml",
                "<w:document><w:body><w:p><w:r><w:t>" + UUID.randomUUID() + "</w:t></w:r></w:p></w:body></w:document>"));
        Response r = upload(docx, "application/octet-stream", Map.of("fileName", "纲要.docx"));
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.jsonPath().getString("contentType"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(r.jsonPath().getString("fileName")).isEqualTo("纲要.docx");
    }

    @Test
    void pdfWithoutTextLayerIsAcceptedForAnalysisToJudge() {
        // a scanned page: a valid PDF header, no text. Only analysis can tell, and it fails the document with a reason
        byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Response r = upload(pdf, "application/octet-stream", Map.of("fileName", "scan.pdf"));
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.jsonPath().getString("contentType")).isEqualTo("application/pdf");
    }

    @Test
    void invalidUtf8AndMixedEncodingsAreAcceptedForAnalysis() {
        byte[] mixed = concat(("标记 " + UUID.randomUUID() + " 到2025年，").getBytes(StandardCharsets.UTF_8),
                "地区生产总值达到5000亿元。".getBytes(Charset.forName("GBK")),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'});
        Response r = upload(mixed, "text/plain; charset=UTF-8", Map.of("fileName", "混合编码.txt"));
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.jsonPath().getLong("sizeBytes")).isEqualTo(mixed.length);
    }

    @Test
    void htmlWithScriptsIsAcceptedAndKeptByteForByte() {
        byte[] html = ("<html><body><script>alert('x')</script><img src=x onerror=\"alert(1)\">"
                + "<p>到2025年，森林覆盖率提高到45%以上。" + UUID.randomUUID() + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Response r = upload(html, "text/html", Map.of("fileName", "page.html"));
        assertThat(r.statusCode()).isEqualTo(202);
        String id = r.jsonPath().getString("id");
        assertThat(given().get("/documents/" + id + "/content").asByteArray()).isEqualTo(html);
    }

    @Test
    void fileNamesWithPathSeparatorsAndControlCharactersAreSanitised() {
        Response r = upload(sentence(), "text/plain", Map.of("fileName", "..\\..\\windows/../etc/pass\u0000wd\u001b[31m.txt"));
        assertThat(r.statusCode()).isEqualTo(202);
        String id = r.jsonPath().getString("id");
        assertThat(r.jsonPath().getString("fileName")).isEqualTo("passwd[31m.txt");

        var records = TestTopics.recordsWithKey(Topics.DOCUMENTS_INGESTED, id, 1, Duration.ofSeconds(30),
                Duration.ZERO);
        assertThat(EventJson.fromBytes(records.get(0).value(), DocumentIngestedV1.class).fileName())
                .isEqualTo("passwd[31m.txt");
        // the name only labels the download; it is never a path
        assertThat(given().get("/documents/" + id + "/content").header("Content-Disposition"))
                .isEqualTo("attachment; filename*=UTF-8''passwd%5B31m.txt");
    }

    @Test
    void fileNameOfOnlyControlCharactersFallsBackToTheId() {
        Response r = upload(sentence(), "text/html", Map.of("fileName", "/\u0007\u0008"));
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.jsonPath().getString("fileName")).isEqualTo(r.jsonPath().getString("id") + ".html");
    }

    @Test
    void refusedFileNamedWithControlCharactersIsNamedSanitisedInTheProblem() {
        Response r = upload(concat(PNG_HEADER, new byte[10]), "text/plain", Map.of("fileName", "a/b\u0000c.txt"));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.jsonPath().getString("detail")).startsWith("file 'bc.txt' is a PNG image");
    }

    private static void assertProblem(Response r, int status, String type, String title, String detailPart) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(r.jsonPath().getString("type")).endsWith("/" + type);
        assertThat(r.jsonPath().getString("title")).isEqualTo(title);
        assertThat(r.jsonPath().getString("detail")).contains(detailPart);
    }

    private static Response upload(byte[] body, String contentType, Map<String, String> query) {
        return given().contentType(contentType).queryParams(query).body(body).when().post("/documents");
    }

    /** A sentence of our own, unique per call so every upload is a new document. */
    private static byte[] sentence() {
        return ("到2025年，地区生产总值达到5000亿元。标记 " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
