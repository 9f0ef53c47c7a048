package org.plantrack.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real documents and gold sets, which live beside the repository in ../shared and never inside it. The build
 * passes their folder as {@code plantrack.shared.dir}; a test run from a module folder without it looks two levels
 * up (module → repository → its parent).
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("plantrack.shared.dir", "../../shared"));
    }

    /**
     * A file or folder under the shared folder, as a {@link Prerequisites prerequisite}: skipped without it on a
     * developer's machine, failed in CI.
     *
     * @param relative e.g. {@code "seeds"} or {@code "eval/gold-indicators.jsonl"}
     */
    public static Path require(String relative) {
        Path path = dir().resolve(relative);
        Prerequisites.require(Files.exists(path), relative + " under " + dir().toAbsolutePath()
                + " (the shared documents beside the repository; set -Dplantrack.shared.dir)");
        return path;
    }
}
