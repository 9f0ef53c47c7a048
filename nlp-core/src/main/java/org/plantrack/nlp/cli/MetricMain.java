package org.plantrack.nlp.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plantrack.catalogue.Resolution;
import org.plantrack.nlp.metric.CanonicalMetrics;

/**
 * {@code MetricMain NAME...} (or names one a line on stdin with {@code -}): one JSON line per name,
 * {@code {"name":…,"canonical":id|null,"label":…,"confidence":…,"match":…}}; label is the canonical name, or the
 * name itself when it stays a free metric.
 */
public final class MetricMain {

    private MetricMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            (args.length == 0 ? System.err : System.out).println("usage: metric NAME... | metric - (names on stdin, one a line)");
            if (args.length == 0) {
                System.exit(2);
            }
            return;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String a : args) {
            if (a.equals("-")) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        out.println(Json.write(json(CanonicalMetrics.resolve(line.strip()))));
                    }
                }
            } else {
                out.println(Json.write(json(CanonicalMetrics.resolve(a))));
            }
        }
        out.flush();
    }

    static Map<String, Object> json(Resolution r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.phrase());
        m.put("canonical", r.id());
        m.put("label", r.resolved() ? r.indicator().name() : r.phrase());
        m.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
        m.put("match", r.match().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }
}
