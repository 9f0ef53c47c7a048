package org.plantrack.devinfra.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFilesTest {

    @TempDir
    Path dir;

    @Test
    void walksDirectoriesRecursivelyForDocumentFilesInPathOrder() throws IOException {
        write("b.txt");
        write("sub/a.html");
        write("sub/deeper/c.PDF");
        write("d.docx");
        write("photo.png");
        write("table.xlsx");
        write("notes");
        write(".hidden.txt");
        write(".git/plan.txt");

        assertThat(ImportFiles.collect(List.of(dir))).containsExactly(
                dir.resolve("b.txt"), dir.resolve("d.docx"), dir.resolve("sub/a.html"),
                dir.resolve("sub/deeper/c.PDF"));
    }

    @Test
    void aFileNamedOnTheCommandLineIsSentWhateverItsNameAndAppearsOnce() throws IOException {
        Path image = write("photo.png");
        Path text = write("plan.txt");
        Path missing = dir.resolve("missing.txt");

        assertThat(ImportFiles.collect(List.of(image, missing, dir)))
                .containsExactly(image, missing, text);
    }

    private Path write(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "到2025年，全省森林覆盖率达到60%。");
        return file;
    }
}
