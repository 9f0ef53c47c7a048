package org.plantrack.ingest.service;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decides at upload whether a file is of a kind the analysis can read: plain text (any encoding), HTML, .docx or
 * PDF. The first bytes decide when they name a format (a PNG stays a PNG whatever it is called); otherwise the
 * declared content type and the file name may still say it is clearly something else (an image, a legacy .doc).
 * Only the kind is judged here: whether a PDF has a text layer or a .docx unpacks safely are content problems,
 * which nlp-service reports by failing the document with a reason.
 */
public final class DocumentTypes {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    /** The outcome: accepted (with the media type to store) or refused (with what the file was taken for). */
    public record Verdict(boolean accepted, String mediaType, String detectedKind) {

        static Verdict accept(String mediaType) {
            return new Verdict(true, mediaType, null);
        }

        static Verdict refuse(String detectedKind) {
            return new Verdict(false, null, detectedKind);
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    /** Leading bytes of formats that are certainly not documents we read, and what to call them in the answer. */
    private static final Map<byte[], String> REFUSED_MAGIC = Map.ofEntries(
            Map.entry(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"),
            Map.entry(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"),
            Map.entry(new byte[] {'G', 'I', 'F', '8'}, "a GIF image"),
            Map.entry(new byte[] {'I', 'I', '*', 0}, "a TIFF image"),
            Map.entry(new byte[] {'M', 'M', 0, '*'}, "a TIFF image"),
            Map.entry(new byte[] {0x7F, 'E', 'L', 'F'}, "an ELF executable"),
            Map.entry(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, "a Java class or Mach-O file"),
            Map.entry(new byte[] {0x1F, (byte) 0x8B}, "a gzip archive"),
            Map.entry(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}, "a 7-Zip archive"),
            Map.entry(new byte[] {'R', 'a', 'r', '!'}, "a RAR archive"),
            Map.entry(new byte[] {'{', '\\', 'r', 't', 'f'}, "an RTF document"),
            Map.entry(new byte[] {'I', 'D', '3', 3}, "an MP3 audio file"),
            Map.entry(new byte[] {'I', 'D', '3', 4}, "an MP3 audio file"));

    private static final Map<String, String> REFUSED_EXTENSIONS = Map.ofEntries(
            Map.entry("doc", "a legacy Word (.doc) document"), Map.entry("xls", "an Excel workbook"),
            Map.entry("xlsx", "an Excel workbook"), Map.entry("ppt", "a PowerPoint file"),
            Map.entry("pptx", "a PowerPoint file"), Map.entry("png", "a PNG image"), Map.entry("jpg", "a JPEG image"),
            Map.entry("jpeg", "a JPEG image"), Map.entry("gif", "a GIF image"), Map.entry("exe", "an executable"),
            Map.entry("zip", "a zip archive"), Map.entry("rar", "a RAR archive"), Map.entry("7z", "a 7-Zip archive"));

    public static Verdict judge(byte[] bytes, String declaredType, String fileName) {
        String type = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT).strip();
        String extension = extension(fileName);
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.accept(PDF);
        }
        if (startsWith(bytes, ZIP)) {
            // a .docx is a zip whose parts include word/document.xml; its name is stored uncompressed in the zip's
            // headers, so it can be found without unpacking anything (unpacking is nlp-service's job, with limits)
            return contains(bytes, "word/document.xml".getBytes(StandardCharsets.US_ASCII))
                    ? Verdict.accept(DOCX)
                    : Verdict.refuse("a zip archive that is not a .docx document");
        }
        if (startsWith(bytes, OLE2)) {
            return Verdict.refuse("a legacy Office (.doc/.xls) file");
        }
        for (var magic : REFUSED_MAGIC.entrySet()) {
            if (startsWith(bytes, magic.getKey())) {
                return Verdict.refuse(magic.getValue() + " (by its first bytes)");
            }
        }
        if (isWindowsExecutable(bytes)) {
            return Verdict.refuse("a Windows executable (by its first bytes)");
        }
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.startsWith("application/msword") || type.startsWith("application/vnd.ms-")
                || type.startsWith("application/zip") || type.startsWith("application/x-msdownload")) {
            return Verdict.refuse("declared as " + declaredType.strip());
        }
        if (REFUSED_EXTENSIONS.containsKey(extension)) {
            return Verdict.refuse(REFUSED_EXTENSIONS.get(extension) + " (by its name)");
        }
        if (type.startsWith(PDF) || type.startsWith(DOCX) || "pdf".equals(extension) || "docx".equals(extension)) {
            // the name or type promises a format the bytes do not have: analysing it as text would only mislead
            return Verdict.refuse("not a " + ("pdf".equals(extension) || type.startsWith(PDF) ? "PDF" : ".docx")
                    + " file although declared as one (its first bytes do not match)");
        }
        // text or HTML in any encoding: the client's type (with its charset, if any) helps the decoder
        return Verdict.accept(null);
    }

    /** A readable list of what is accepted, for problem details. */
    public static String acceptedKinds() {
        return "plain text (any encoding), HTML, .docx and PDF";
    }

    /** "MZ" alone could begin a text; an executable's header also holds NUL bytes, which text in "MZ" never has. */
    private static boolean isWindowsExecutable(byte[] bytes) {
        if (bytes.length < 64 || bytes[0] != 'M' || bytes[1] != 'Z') {
            return false;
        }
        for (int i = 2; i < 64; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private DocumentTypes() {
    }
}
