package org.plantrack.nlp.format;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.plantrack.nlp.DocumentFormatException;

/**
 * The parts of a .docx (an OPC package, a ZIP) read as streams straight from the archive's bytes: which part is the
 * main document (named by the package relationships, word/document.xml by convention), and that part's inflated
 * XML, cut off at a byte budget. Nothing is inflated into memory.
 */
final class DocxPackage {

    static final String DEFAULT_MAIN_PART = "word/document.xml";
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    /** The package relationships are a few hundred bytes; more is not a real package. */
    private static final long MAX_RELATIONSHIPS_BYTES = 1L << 20;

    private DocxPackage() {
    }

    /** The main document part's name from _rels/.rels, or word/document.xml when the relationships do not say. */
    static String mainPartName(byte[] zip) throws IOException, XMLStreamException {
        InputStream rels = open(zip, "_rels/.rels", MAX_RELATIONSHIPS_BYTES, "DOCX file's package relationships");
        if (rels == null) {
            return DEFAULT_MAIN_PART;
        }
        try (BoundedXmlReader xml = new BoundedXmlReader(rels, "DOCX file's package relationships", 10_000, 16)) {
            int event;
            while ((event = xml.nextTag()) != XMLStreamConstants.END_DOCUMENT) {
                String type = event == XMLStreamConstants.START_ELEMENT ? xml.plainAttribute("Type") : null;
                String target = type == null ? null : xml.plainAttribute("Target");
                if (target != null && type.endsWith(OFFICE_DOCUMENT)
                        && !"External".equals(xml.plainAttribute("TargetMode"))) {
                    // Targets are relative to the package root; a leading slash makes them absolute, same thing.
                    return target.startsWith("/") ? target.substring(1) : target;
                }
            }
        } finally {
            rels.close();
        }
        return DEFAULT_MAIN_PART;
    }

    /**
     * The inflated bytes of entry {@code name}, which fail with a reason once more than {@code maxBytes} have been
     * read; null when the archive has no such entry.
     */
    static InputStream open(byte[] zip, String name, long maxBytes, String what) throws IOException {
        ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipEntry entry;
        while ((entry = in.getNextEntry()) != null) {
            if (entry.getName().equals(name)) {
                return new Capped(in, maxBytes, what);
            }
        }
        in.close();
        return null;
    }

    /** Counts what is read and stops past a budget (the archive was checked before, but not against this part). */
    private static final class Capped extends FilterInputStream {
        private final long maxBytes;
        private final String what;
        private long read;

        Capped(InputStream in, long maxBytes, String what) {
            super(in);
            this.maxBytes = maxBytes;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw new DocumentFormatException("the " + what + " is more than " + ZipGuard.mb(maxBytes)
                        + " of XML, more than this service reads; split the document and upload the parts");
            }
        }
    }
}
