package org.plantrack.devinfra.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which files an import sends. A file named on the command line is always sent (the gateway judges its type and
 * answers 415 with a reason if it cannot read it); inside a directory, walked recursively, only files whose name
 * says they are a kind ingest-service accepts (text, HTML, .docx, PDF), so a folder's images, spreadsheets and
 * hidden files (.DS_Store, editor backups) are not uploaded only to be refused.
 */
public final class ImportFiles {

    static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "text", "md", "htm", "html", "xhtml", "docx", "pdf");

    /** The files to send, in a stable order (arguments in order, each directory's files sorted by path). */
    public static List<Path> collect(List<Path> arguments) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                files.addAll(walk(argument));
            } else {
                // missing or unreadable files stay in the list: the import reports them as failures by name
                files.add(argument.normalize());
            }
        }
        return new ArrayList<>(files);
    }

    static boolean isDocumentName(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<Path> walk(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !isInHiddenDirectory(directory, path))
                    .filter(ImportFiles::isDocumentName)
                    .map(Path::normalize)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException("cannot read directory " + directory + ": " + e.getMessage());
        }
    }

    private static boolean isInHiddenDirectory(Path root, Path file) {
        Path relative = root.relativize(file).getParent();
        if (relative == null) {
            return false;
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private ImportFiles() {
    }
}
