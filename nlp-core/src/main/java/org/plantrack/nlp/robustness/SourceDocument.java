package org.plantrack.nlp.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.plantrack.nlp.clean.EncodingDetector;

/**
 * A development document as the harness perturbs it: its file name, its bytes as stored, and its decoded text
 * (the raw markup for an HTML page, so that a perturbation of an HTML file is still an HTML file).
 */
public record SourceDocument(String name, byte[] bytes, String text) {

    public static SourceDocument read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new SourceDocument(file.getFileName().toString(), bytes, EncodingDetector.decode(bytes).text());
    }

    /** HTML by its name: the harness only perturbs text and HTML files it was given. */
    public boolean isHtml() {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }
}
