package org.plantrack.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Where is what" table of docs/architecture.md is a newcomer's map of the tree, so it must stay true: every
 * package it names holds main code in the module it names, and every package with main code has a row.
 */
class WhereIsWhatTest {

    private static final Path ROOT = Path.of(System.getProperty("plantrack.root", "..")).toAbsolutePath().normalize();
    /** A row: | `module` | `package` | responsibility | */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| `(org\\.plantrack[a-z0-9.]*)` \\|",
            Pattern.MULTILINE);

    @Test
    void theTableNamesExactlyThePackagesOfTheTree() throws IOException {
        Set<String> documented = documentedPackages();
        Set<String> inTree = packagesInTree();

        assertThat(documented).as("rows of docs/architecture.md \"Where is what\"").isNotEmpty();
        assertThat(inTree).as("rows of \"Where is what\" naming a package with no main code in that module")
                .containsAll(documented);
        assertThat(documented).as("every module/package pair with main code needs a row in \"Where is what\"")
                .containsAll(inTree);
    }

    private static Set<String> documentedPackages() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/architecture.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("## Where is what");
        assertThat(start).as("section \"Where is what\" in docs/architecture.md").isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        Matcher rows = ROW.matcher(doc.substring(start, end < 0 ? doc.length() : end));
        Set<String> pairs = new TreeSet<>();
        while (rows.find()) {
            pairs.add(rows.group(1) + " " + rows.group(2));
        }
        return pairs;
    }

    /** "module package" for each folder under a module's src/main/java that holds a .java file. */
    private static Set<String> packagesInTree() throws IOException {
        Set<String> pairs = new TreeSet<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                Path sources = module.resolve("src/main/java");
                try (Stream<Path> files = Files.walk(sources)) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .map(f -> sources.relativize(f.getParent()).toString().replace('/', '.'))
                            .forEach(pkg -> pairs.add(module.getFileName() + " " + pkg));
                }
            }
        }
        return pairs;
    }
}
