package org.plantrack.nlp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.robustness.NoiseTransform;
import org.plantrack.nlp.robustness.NoiseTransforms;
import org.plantrack.nlp.robustness.RobustnessRun;
import org.plantrack.nlp.robustness.SourceDocument;

/**
 * {@code RobustnessMain [--examples] [--only NAME] FILE...}: analyses each file clean and under each noise transform
 * and prints, per transform, how many of the clean analysis's indicators and metadata fields came out the same
 * (docs/data-quality.md, "Robustness to noise"). With --examples, the differences behind the figures.
 */
public final class RobustnessMain {

    private RobustnessMain() {
    }

    public static void main(String[] args) throws IOException {
        boolean examples = false;
        String only = null;
        List<SourceDocument> docs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--examples" -> examples = true;
                case "--only" -> only = args[++i];
                case "-h", "--help" -> {
                    System.out.println("usage: robustness [--examples] [--only TRANSFORM] FILE...");
                    return;
                }
                default -> docs.add(SourceDocument.read(Path.of(args[i])));
            }
        }
        if (docs.isEmpty()) {
            System.err.println("usage: robustness [--examples] [--only TRANSFORM] FILE...");
            System.exit(2);
        }
        List<NoiseTransform> transforms = new ArrayList<>();
        for (NoiseTransform t : NoiseTransforms.all()) {
            if (only == null || t.name().equals(only)) {
                transforms.add(t);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        List<RobustnessRun.Figures> figures = new RobustnessRun(DocumentAnalyzer.standard()).run(docs, transforms);
        out.printf("%-18s %5s %10s %10s %11s %6s %9s%n", "transform", "docs", "indicators", "unchanged", "values kept",
                "added", "metadata");
        for (RobustnessRun.Figures f : figures) {
            out.printf("%-18s %5d %10d %9.1f%% %10.1f%% %6d %8.1f%%%s%n", f.transform().name(), f.documents(),
                    f.indicators(), 100 * f.unchangedShare(), 100 * f.valuesKeptShare(), f.added(),
                    100 * f.metadataKeptShare(), f.transform().recoverable() ? "" : "  (information destroyed)");
        }
        out.printf("%d documents, %d transforms, %.1f s%n", docs.size(), transforms.size(),
                (System.nanoTime() - started) / 1e9);
        if (examples) {
            for (RobustnessRun.Figures f : figures) {
                if (!f.examples().isEmpty()) {
                    out.println();
                    out.println("## " + f.transform().name() + ": " + f.transform().description());
                    f.examples().forEach(e -> out.println("  " + e));
                }
            }
        }
    }
}
