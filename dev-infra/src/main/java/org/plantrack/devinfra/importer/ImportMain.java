package org.plantrack.devinfra.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** {@code ./plantrack import}: uploads a folder of documents through the gateway and waits for their analysis. */
public final class ImportMain {

    public static final int USAGE_ERROR = 2;
    public static final int CANNOT_RUN = 3;

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.console() != null));
    }

    /** Runs an import and answers the exit code; {@code terminal} chooses the in-place progress line. */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        ImportOptions options;
        try {
            options = ImportOptions.parse(args, System.getenv());
        } catch (ImportOptions.UsageException e) {
            err.println("plantrack import: " + e.getMessage());
            err.println(ImportOptions.USAGE);
            return USAGE_ERROR;
        }
        try {
            List<Path> files = ImportFiles.collect(options.paths());
            if (files.isEmpty()) {
                err.println("plantrack import: no documents (" + String.join(", ", ImportFiles.DOCUMENT_EXTENSIONS
                        .stream().sorted().toList()) + ") under " + options.paths());
                return SummaryTable.SOME_FAILED;
            }
            GatewayClient gateway = new GatewayClient(options.url(), options.apiKey());
            gateway.checkReachable();
            out.println("importing " + files.size() + " files into " + options.url()
                    + (options.region() == null ? "" : " (region " + options.region() + ")"));
            Progress progress = new Progress(out, terminal, files.size(), System.nanoTime());
            List<FileOutcome> outcomes = new Importer(gateway, options.region(), options.concurrency(),
                    options.timeout(), POLL_INTERVAL).run(files, progress);
            out.print(SummaryTable.render(outcomes));
            out.flush();
            return SummaryTable.exitCode(outcomes);
        } catch (ImportException e) {
            out.flush();
            err.println("plantrack import: " + e.getMessage());
            return CANNOT_RUN;
        }
    }

    private ImportMain() {
    }
}
