package org.plantrack.nlp.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.plantrack.nlp.DocumentFormatException;

/**
 * Reads a ZIP container's entry names from its central directory (nothing is inflated) and checks, by inflating
 * into a counter and never into memory, that it expands to a bounded size before a parser that keeps every part
 * in memory (POI) sees it. Declared sizes are not trusted: a zip bomb can lie about them.
 */
final class ZipGuard {

    private ZipGuard() {
    }

    /** Entry names from the central directory at the end of the archive; empty when there is none. */
    static List<String> entryNames(byte[] zip) {
        List<String> names = new ArrayList<>();
        int eocd = -1;
        // End of central directory record: at least 22 bytes, followed by a comment of at most 65535 bytes.
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (u32(zip, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return names;
        }
        int count = u16(zip, eocd + 10);
        long offset = u32(zip, eocd + 16);
        int p = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int n = 0; n < count && p + 46 <= zip.length && u32(zip, p) == 0x02014b50L; n++) {
            int nameLength = u16(zip, p + 28);
            int extra = u16(zip, p + 30);
            int comment = u16(zip, p + 32);
            if (p + 46 + nameLength > zip.length) {
                break;
            }
            names.add(new String(zip, p + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8));
            p += 46 + nameLength + extra + comment;
        }
        return names;
    }

    /**
     * Inflates every entry into a counter; refuses the archive as soon as the XML parts (which become in-memory
     * trees) or all parts together exceed their limits, or the expansion ratio is that of a zip bomb.
     */
    static void checkExpansion(byte[] zip, String what, ExtractionLimits limits) {
        long total = 0;
        long xml = 0;
        byte[] buffer = new byte[64 * 1024];
        CountingStream raw = new CountingStream(zip);
        try (ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                boolean isXml = isXml(e.getName());
                long entryStart = raw.count;
                long entry = 0;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    entry += read;
                    total += read;
                    if (isXml) {
                        xml += read;
                    }
                    // Compressed bytes consumed so far are known to within one read buffer of the inflater.
                    if (entry > limits.minBytesForRatioCheck()
                            && entry / Math.max(1, raw.count - entryStart) > limits.maxExpansionRatio()) {
                        throw bomb(what, zip.length, "its part " + e.getName() + " expands more than "
                                + limits.maxExpansionRatio() + " times");
                    }
                    if (total > limits.maxExpandedBytes()) {
                        throw bomb(what, zip.length, "it expands to more than " + mb(limits.maxExpandedBytes()));
                    }
                    if (xml > limits.maxExpandedXmlBytes()) {
                        throw new DocumentFormatException("the " + what + " holds more than "
                                + mb(limits.maxExpandedXmlBytes()) + " of document XML, more than this service "
                                + "reads; split the document and upload the parts");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            throw new DocumentFormatException("the " + what + " is damaged and could not be read (" + ex.getMessage()
                    + ")", ex);
        }
    }

    /** Counts the bytes the inflater has taken from the archive. */
    private static final class CountingStream extends ByteArrayInputStream {
        long count;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public synchronized long skip(long n) {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    private static DocumentFormatException bomb(String what, long size, String why) {
        return new DocumentFormatException("the " + what + " was refused: " + why + " (" + mb(size)
                + " compressed), like a \"zip bomb\"; a real document does not");
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels");
    }

    static String mb(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    private static int u16(byte[] b, int i) {
        return i + 2 > b.length ? 0 : (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return i + 4 > b.length ? 0 : (u16(b, i) | (long) u16(b, i + 2) << 16);
    }
}
