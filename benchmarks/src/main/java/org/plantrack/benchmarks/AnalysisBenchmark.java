package org.plantrack.benchmarks;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import com.huaban.analysis.jieba.JiebaSegmenter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.DocumentAnalyzer;

/**
 * Plain throughput harness, one thread, one JVM: full PlanTrack analysis vs HanLP StandardTokenizer alone vs
 * jieba segmentation alone, over the seed documents repeated to a target volume (default ~10 MB of UTF-8).
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) \
 *     org.plantrack.benchmarks.AnalysisBenchmark [SEEDS_DIR] [TARGET_MB] [ROUNDS]
 * </pre>
 */
public final class AnalysisBenchmark {

    private record Doc(String name, byte[] bytes, String text) {
    }

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "../shared/seeds");
        double targetMb = args.length > 1 ? Double.parseDouble(args[1]) : 10.0;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Doc> base = new ArrayList<>();
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                base.add(new Doc(p.getFileName().toString(), b, new String(b, StandardCharsets.UTF_8)));
            }
        }
        if (base.isEmpty()) {
            System.err.println("no documents in " + seeds.toAbsolutePath());
            System.exit(2);
        }
        // Repeat the seeds until the corpus reaches the target size.
        List<Doc> corpus = new ArrayList<>();
        long bytes = 0, chars = 0;
        while (bytes < targetMb * 1024 * 1024) {
            for (Doc d : base) {
                corpus.add(d);
                bytes += d.bytes().length;
                chars += d.text().length();
            }
        }
        System.out.printf(Locale.ROOT, "corpus: %d seed docs repeated to %d docs, %.1f MB UTF-8, %,d chars; JVM %s, %d cpus%n",
                base.size(), corpus.size(), bytes / 1048576.0, chars, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        // ---- startup: first use of each engine in this JVM (dictionary loading included).
        long t0 = System.nanoTime();
        DocumentAnalyzer analyzer = DocumentAnalyzer.standard();
        analyzer.analyze(base.get(0).bytes(), base.get(0).name(), AnalysisHints.none());
        double startAnalyzer = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        StandardTokenizer.segment(base.get(0).text());
        double startHanlp = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        JiebaSegmenter jieba = new JiebaSegmenter();
        jieba.process(base.get(0).text(), JiebaSegmenter.SegMode.SEARCH);
        double startJieba = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "startup (first call, ms): plantrack %.0f (loads HanLP conversion + core dictionary), "
                + "hanlp-standard %.0f (after plantrack already loaded the shared core dictionary), jieba %.0f%n",
                startAnalyzer, startHanlp, startJieba);

        ToIntFunction<Doc> full = d -> analyzer.analyze(d.bytes(), d.name(), AnalysisHints.none()).indicators().size();
        ToIntFunction<Doc> hanlp = d -> StandardTokenizer.segment(d.text()).size();
        ToIntFunction<Doc> jiebaSeg = d -> jieba.process(d.text(), JiebaSegmenter.SegMode.SEARCH).size();

        // ---- warm-up on a slice, then timed rounds; the best round counts (least disturbed by the OS).
        List<Doc> warm = corpus.subList(0, Math.max(1, corpus.size() / 5));
        for (int i = 0; i < 2; i++) {
            run(warm, full);
            run(warm, hanlp);
            run(warm, jiebaSeg);
        }
        // The machine is shared, so the three engines are interleaved slice by slice (rotating which goes
        // first): load changes hit all of them alike and the ratios stay meaningful.
        int slices = 20;
        int per = Math.max(1, corpus.size() / slices);
        double bestFull = 0, bestHanlp = 0, bestJieba = 0;
        List<ToIntFunction<Doc>> engines = List.of(full, hanlp, jiebaSeg);
        // Thread CPU time of the plantrack engine as well: unlike chars/s it hardly moves with the machine's load.
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            double[] secs = new double[3];
            long plantrackCpu = 0;
            for (int k = 0; k * per < corpus.size(); k++) {
                List<Doc> slice = corpus.subList(k * per, Math.min(corpus.size(), (k + 1) * per));
                for (int e = 0; e < 3; e++) {
                    int idx = (e + k) % 3;
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    secs[idx] += run(slice, engines.get(idx));
                    if (idx == 0) {
                        plantrackCpu += threads.getCurrentThreadCpuTime() - cpu0;
                    }
                }
            }
            double f = chars / secs[0], h = chars / secs[1], j = chars / secs[2];
            System.out.printf(Locale.ROOT, "round %d: plantrack full analysis %,.0f chars/s | hanlp StandardTokenizer %,.0f chars/s"
                    + " | jieba SEARCH %,.0f chars/s | plantrack/hanlp %.2f | plantrack CPU %.2f ms per document%n",
                    r + 1, f, h, j, f / h, plantrackCpu / 1e6 / corpus.size());
            bestFull = Math.max(bestFull, f);
            bestHanlp = Math.max(bestHanlp, h);
            bestJieba = Math.max(bestJieba, j);
        }
        System.out.printf(Locale.ROOT, "best: plantrack %,.0f chars/s, hanlp %,.0f chars/s, jieba %,.0f chars/s%n",
                bestFull, bestHanlp, bestJieba);
        System.out.printf(Locale.ROOT, "ratios of bests: plantrack/hanlp %.2f, plantrack/jieba %.2f, hanlp/jieba %.2f%n",
                bestFull / bestHanlp, bestFull / bestJieba, bestHanlp / bestJieba);

        // ---- memory per analysis: bytes allocated by this thread, and retained size of one result.
        com.sun.management.ThreadMXBean tmx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (Doc d : base) {
            long a0 = tmx.getThreadAllocatedBytes(tid);
            DocumentAnalysis a = analyzer.analyze(d.bytes(), d.name(), AnalysisHints.none());
            long alloc = tmx.getThreadAllocatedBytes(tid) - a0;
            System.out.printf(Locale.ROOT, "memory: %-28s %,8d chars -> allocated %,.1f MB (%.0f bytes/char), %d indicators%n",
                    d.name(), d.text().length(), alloc / 1048576.0, (double) alloc / d.text().length(), a.indicators().size());
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap in use after GC with all engines loaded: %.0f MB%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
    }

    private static double run(List<Doc> docs, ToIntFunction<Doc> f) {
        long sink = 0;
        long t = System.nanoTime();
        for (Doc d : docs) {
            sink += f.applyAsInt(d);
        }
        double s = (System.nanoTime() - t) / 1e9;
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return s;
    }
}
