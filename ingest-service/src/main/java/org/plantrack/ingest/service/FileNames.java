package org.plantrack.ingest.service;

import java.util.Locale;

/** Makes client-supplied file names safe to store and show: no directories, no control characters, bounded. */
public final class FileNames {

    private static final int MAX_LENGTH = 200;

    public static String sanitize(String raw, String documentId, String contentType) {
        String name = raw == null ? "" : raw;
        // keep only the last path segment: "../../etc/passwd" and "C:\\x\\y.txt" name files, not places
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        name = name.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return documentId + defaultExtension(contentType);
        }
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }

    static String defaultExtension(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            return ".html";
        }
        if (type.startsWith("application/pdf")) {
            return ".pdf";
        }
        if (type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml")) {
            return ".docx";
        }
        return ".txt";
    }

    private FileNames() {
    }
}
