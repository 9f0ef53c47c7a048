package org.plantrack.nlp.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds test documents in code (no binary fixtures in the repository): .docx with POI, PDFs with PDFBox. */
public final class Fixtures {

    public static byte[] docx(Consumer<XWPFDocument> body) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            body.accept(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF with one page per list of lines, each page with the given running header on top (null: none) and
     * "- n -" at the bottom, its Chinese text in a non-embedded font, as many government PDFs are (SimSun, not
     * embedded): a Type0 font with Identity-H codes (the UTF-16 code of each character) and a ToUnicode map,
     * which is all a text layer needs. PDFBox cannot embed the CFF-outline Noto CJK fonts installed here.
     */
    public static byte[] chinesePdf(List<List<String>> pages, String header) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Set<Character> used = new TreeSet<>();
            List<String> streams = new ArrayList<>();
            int n = 0;
            for (List<String> lines : pages) {
                n++;
                StringBuilder cs = new StringBuilder();
                if (header != null) {
                    show(cs, 50, 760, header, used);
                }
                float y = 720;
                for (String line : lines) {
                    show(cs, 50, y, line, used);
                    y -= 18;
                }
                show(cs, 290, 40, "- " + n + " -", used);
                streams.add(cs.toString());
            }
            COSDictionary font = chineseFont(doc, used);
            for (String content : streams) {
                PDPage page = new PDPage();
                PDResources resources = new PDResources();
                resources.getCOSObject().setItem(COSName.FONT, dictionary(COSName.getPDFName("F1"), font));
                page.setResources(resources);
                PDStream stream = new PDStream(doc);
                try (OutputStream os = stream.createOutputStream()) {
                    os.write(content.getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(StringBuilder cs, float x, float y, String text, Set<Character> used) {
        cs.append("BT /F1 11 Tf ").append(x).append(' ').append(y).append(" Td <");
        for (char c : text.toCharArray()) {
            cs.append(String.format("%04X", (int) c));
            used.add(c);
        }
        cs.append("> Tj ET\n");
    }

    private static COSDictionary chineseFont(PDDocument doc, Set<Character> used) throws IOException {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "SimSun");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray box = new COSArray();
        for (int v : new int[] {0, -120, 1000, 880}) {
            box.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, "SimSun");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        COSArray descendants = new COSArray();
        descendants.add(cid);

        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Character> chars = new ArrayList<>(used);
        for (int i = 0; i < chars.size(); i += 100) {
            List<Character> block = chars.subList(i, Math.min(chars.size(), i + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (char c : block) {
                cmap.append(String.format("<%04X> <%04X>%n", (int) c, (int) c));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        PDStream toUnicode = new PDStream(doc);
        try (OutputStream os = toUnicode.createOutputStream()) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }

        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "SimSun");
        type0.setName(COSName.ENCODING, "Identity-H");
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return type0;
    }

    private static COSDictionary dictionary(COSName key, COSDictionary value) {
        COSDictionary d = new COSDictionary();
        d.setItem(key, value);
        return d;
    }

    /** Like a scanned page: drawn shapes, no text at all. */
    public static byte[] textlessPdf(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(72, 72, 300, 400);
                    cs.fill();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that needs a password to open (user password set). */
    public static byte[] passwordPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A .docx whose word/document.xml inflates to {@code inflatedBytes} (about 1000 times its compressed size),
     * written by streaming the same megabyte of white space over and over: the inflated content never exists in
     * memory.
     */
    public static byte[] zipBombDocx(long inflatedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"applica"
                    + "tion/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"app"
                    + "lication/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlf"
                    + "ormats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml"
                    + "\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                    + ".org/wordprocessingml/2006/main\"><w:body>";
            zip.write(head.getBytes(StandardCharsets.UTF_8));
            // White space between elements is valid XML and deflates about 1000 to 1, like the classic bombs.
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (long written = 0; written < inflatedBytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("<w:p><w:r><w:t>正文</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8));
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * A minimal .docx written with java.util.zip whose main document part ({@code partName}, named by the package
     * relationships) holds {@code bodyXml} inside {@code <w:body>}; the w prefix is bound to WordprocessingML.
     */
    public static byte[] docxWithBody(String partName, String bodyXml) {
        return docxWithDocument(partName, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W_NS
                + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" + bodyXml
                + "</w:body></w:document>");
    }

    /** A minimal .docx whose main document part is {@code documentXml} as it stands. */
    public static byte[] docxWithDocument(String partName, String documentXml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            packageParts(zip, partName);
            entry(zip, partName, documentXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The hostile .docx of issue 13: a main document of about {@code xmlBytes} of one-character runs (each in its
     * own w:r with run properties, as some converters write them), streamed into the archive so that the XML never
     * exists in memory here. 23 MiB of such XML deflate to about 2 MB.
     */
    public static byte[] docxOfOneCharacterRuns(long xmlBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            packageParts(zip, "word/document.xml");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W_NS + "\"><w:body><w:p>";
            zip.write(head.getBytes(StandardCharsets.UTF_8));
            // Revision ids and characters vary as in a real file, so the part deflates about 10 to 1 (as the
            // reported files did), not like a zip bomb.
            java.util.Random random = new java.util.Random(13);
            long written = head.length();
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; written < xmlBytes; i++) {
                chunk.setLength(0);
                chunk.append("<w:r w:rsidRPr=\"").append(String.format("%08X", random.nextInt()))
                        .append("\"><w:rPr><w:sz w:val=\"21\"/></w:rPr><w:t>")
                        .append((char) (0x4E00 + random.nextInt(2000))).append("</w:t></w:r>");
                if (i % 40 == 39) {
                    chunk.append("</w:p><w:p>");
                }
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                zip.write(bytes);
                written += bytes.length;
            }
            zip.write("</w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void packageParts(ZipOutputStream zip, String mainPart) throws IOException {
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"applica"
                + "tion/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"app"
                + "lication/xml\"/><Override PartName=\"/" + mainPart + "\" ContentType=\"application/vnd.openxmlf"
                + "ormats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"" + mainPart
                + "\"/></Relationships>");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A ZIP with the given entry names (empty entries): spreadsheets, presentations, plain archives. */
    public static byte[] zipWith(String... names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String n : names) {
                entry(zip, n, "<x/>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes lines into fixed-width pieces, as a PDF layout wraps running text. */
    public static List<String> wrap(String paragraph, int width) {
        int pieces = (paragraph.length() + width - 1) / width;
        String[] out = new String[pieces];
        for (int i = 0; i < pieces; i++) {
            out[i] = paragraph.substring(i * width, Math.min(paragraph.length(), (i + 1) * width));
        }
        return Arrays.asList(out);
    }
}
