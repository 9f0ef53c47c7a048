package org.plantrack.nlp.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.plantrack.nlp.DocumentFormatException;

/**
 * The formats the analyzer reads, told apart by their leading bytes. The file name is never trusted over the
 * bytes (a PDF named .txt is a PDF); it only decides between plain text and HTML, which have no magic bytes.
 */
public enum DocumentFormat {
    /** Plain text or HTML in any supported encoding. */
    TEXT,
    PDF,
    DOCX;

    /**
     * The format of {@code content}, or a {@link DocumentFormatException} naming a recognised but unsupported
     * format (legacy Office, images, spreadsheets, other archives).
     */
    public static DocumentFormat detect(byte[] content) {
        if (startsAt(content, skipBomAndSpace(content), '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return zipFormat(content);
        }
        String unsupported = unsupportedFormat(content);
        if (unsupported != null) {
            throw new DocumentFormatException(unsupported);
        }
        return TEXT;
    }

    private static String unsupportedFormat(byte[] c) {
        if (startsWith(c, 0xD0, 0xCF, 0x11, 0xE0)) {
            // OLE2 holds .doc/.xls/.ppt, and also password-protected .docx (an encrypted package inside OLE2).
            return "the file is a legacy Microsoft Office document (.doc, .xls or .ppt) or a password-protected "
                    + "Office file, which is not supported: save it as .docx (without a password) or PDF and upload "
                    + "that";
        }
        if (startsWith(c, 0x89, 'P', 'N', 'G')) {
            return image("PNG");
        }
        if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
            return image("JPEG");
        }
        if (startsWith(c, 'G', 'I', 'F', '8')) {
            return image("GIF");
        }
        if (startsWith(c, 'I', 'I', '*', 0) || startsWith(c, 'M', 'M', 0, '*')) {
            return image("TIFF");
        }
        if (startsWith(c, 'B', 'M') && c.length > 14 && c[6] == 0 && c[7] == 0 && c[8] == 0 && c[9] == 0) {
            return image("BMP");
        }
        if (startsWith(c, 'R', 'I', 'F', 'F') && c.length >= 12 && c[8] == 'W' && c[9] == 'E' && c[10] == 'B') {
            return image("WebP");
        }
        if (startsWith(c, '{', '\\', 'r', 't', 'f')) {
            return "the file is an RTF document, which is not supported: save it as .docx or PDF and upload that";
        }
        if (startsWith(c, 0x1F, 0x8B) || startsWith(c, 'R', 'a', 'r', '!') || startsWith(c, '7', 'z', 0xBC, 0xAF)) {
            return "the file is a compressed archive (gzip, RAR or 7z), which is not supported: upload the documents "
                    + "in it one by one";
        }
        if (startsWith(c, 0x7F, 'E', 'L', 'F')) {
            return "the file is an executable program, not a document";
        }
        return null;
    }

    private static String image(String kind) {
        return "the file is a " + kind + " image; text in images is not read (OCR is not supported): upload the "
                + "document's text, a .docx or a PDF with a text layer";
    }

    /** A ZIP container is a .docx when it holds word/document.xml; otherwise say what it is. */
    private static DocumentFormat zipFormat(byte[] content) {
        boolean word = false, excel = false, powerpoint = false, odf = false;
        // Names from the central directory only: nothing is inflated to tell what the archive is.
        List<String> names = ZipGuard.entryNames(content);
        for (String n : names) {
            String name = n.toLowerCase(Locale.ROOT);
            word |= name.startsWith("word/");
            excel |= name.startsWith("xl/");
            powerpoint |= name.startsWith("ppt/");
            odf |= name.equals("mimetype");
        }
        if (word || names.isEmpty() && indexOf(content, "word/", content.length) >= 0) {
            // A damaged .docx without a readable directory is still reported by the DOCX reader, as damaged.
            return DOCX;
        }
        if (names.isEmpty()) {
            throw new DocumentFormatException("the file looks like a ZIP archive (.docx, .xlsx, .zip) but is damaged "
                    + "and could not be opened");
        }
        if (excel) {
            throw new DocumentFormatException("the file is an Excel workbook (.xlsx), which is not supported: upload "
                    + "the document's text, a .docx or a PDF");
        }
        if (powerpoint) {
            throw new DocumentFormatException("the file is a PowerPoint presentation (.pptx), which is not supported: "
                    + "save it as PDF and upload that");
        }
        if (odf) {
            throw new DocumentFormatException("the file is an OpenDocument file (.odt, .ods), which is not supported: "
                    + "save it as .docx or PDF and upload that");
        }
        throw new DocumentFormatException("the file is a ZIP archive, not a document: upload the documents in it "
                + "one by one (.txt, .html, .docx or .pdf)");
    }

    /** Where content starts after a UTF-8 byte order mark and white space (some tools prepend them to a PDF). */
    private static int skipBomAndSpace(byte[] c) {
        int i = startsWith(c, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < c.length && i < 1024 && (c[i] == ' ' || c[i] == '\n' || c[i] == '\r' || c[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        return startsAt(content, 0, prefix);
    }

    private static boolean startsAt(byte[] content, int from, int... prefix) {
        if (content.length < from + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[from + i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, String ascii, int within) {
        byte[] p = ascii.getBytes(StandardCharsets.US_ASCII);
        int limit = Math.min(content.length, within) - p.length;
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < p.length; j++) {
                if (content[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
