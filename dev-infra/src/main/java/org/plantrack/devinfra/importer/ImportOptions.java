package org.plantrack.devinfra.importer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The command line of {@code ./plantrack import}, parsed and checked. */
public record ImportOptions(List<Path> paths, String region, URI url, String apiKey, int concurrency,
                            Duration timeout) {

    public static final String USAGE = """
            usage: ./plantrack import DIR|FILE... [--region R] [--url URL] [--key KEY] [--concurrency N] [--timeout MIN]
              DIR is walked recursively for .txt .text .md .htm .html .xhtml .docx .pdf files; a FILE is always sent.
              --region R        region hint for every document (e.g. 广东省)
              --url URL         the gateway (default http://localhost:8080)
              --key KEY         API key for uploads (default: $PLANTRACK_API_KEY)
              --concurrency N   files uploaded at once (default 4)
              --timeout MIN     minutes to wait for each document to be ANALYZED or FAILED (default 10)
            Files whose bytes the gateway already holds are not uploaded again. Exit code 0 when every document is
            ANALYZED, 1 when any failed, timed out or was refused, 2 for a wrong command line, 3 when the import
            cannot run (nothing answering at the URL, a rejected key, an unreadable directory).""";

    static final URI DEFAULT_URL = URI.create("http://localhost:8080");

    /** A command line that cannot run; the message says why. */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static ImportOptions parse(String[] args, Map<String, String> environment) {
        List<Path> paths = new ArrayList<>();
        String region = null;
        URI url = DEFAULT_URL;
        String key = environment.get("PLANTRACK_API_KEY");
        int concurrency = 4;
        Duration timeout = Duration.ofMinutes(10);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--region" -> region = value(args, ++i, arg);
                case "--url" -> url = url(value(args, ++i, arg));
                case "--key" -> key = value(args, ++i, arg);
                case "--concurrency" -> concurrency = positive(value(args, ++i, arg), arg);
                case "--timeout" -> timeout = Duration.ofSeconds(Math.round(
                        positiveNumber(value(args, ++i, arg), arg) * 60));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    paths.add(Path.of(arg));
                }
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("name at least one directory or file to import");
        }
        return new ImportOptions(List.copyOf(paths), region, url, key, concurrency, timeout);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static URI url(String text) {
        try {
            URI uri = URI.create(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new UsageException("--url must be an http(s) URL such as http://localhost:8080, not '" + text + "'");
    }

    private static int positive(String text, String option) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a positive whole number, not '" + text + "'");
    }

    private static double positiveNumber(String text, String option) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a positive number of minutes, not '" + text + "'");
    }
}
