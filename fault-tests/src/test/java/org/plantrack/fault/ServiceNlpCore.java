package org.plantrack.fault;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The expectation of every document: {@code DocumentAnalyzer.standard()} run in the test on the same bytes. It is
 * loaded from the nlp-core jar packaged inside nlp-service (in its own class loader), not from the test classpath,
 * so the expectation comes from exactly the NLP core the service runs even while nlp-core keeps changing.
 */
final class ServiceNlpCore {

    private final Object analyzer;
    private final Method analyze;
    private final Object noHints;

    private ServiceNlpCore(Object analyzer, Method analyze, Object noHints) {
        this.analyzer = analyzer;
        this.analyze = analyze;
        this.noHints = noHints;
    }

    /** @param quarkusApp nlp-service's {@code target/quarkus-app} */
    static ServiceNlpCore load(Path quarkusApp) throws Exception {
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(quarkusApp.resolve("lib/main"))) {
            // all of the service's libraries: whatever nlp-core needs (HanLP today) is among them
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                jars.add(toUrl(jar));
            }
        }
        if (jars.stream().noneMatch(u -> u.getPath().contains("nlp-core"))) {
            throw new IllegalStateException("no nlp-core jar in " + quarkusApp + "/lib/main: " + jars);
        }
        // parent: the platform loader, so nothing of the test classpath mixes in
        ClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> analyzerType = loader.loadClass("org.plantrack.nlp.DocumentAnalyzer");
        Class<?> hintsType = loader.loadClass("org.plantrack.nlp.AnalysisHints");
        Object analyzer = analyzerType.getMethod("standard").invoke(null);
        Object none = hintsType.getMethod("none").invoke(null);
        return new ServiceNlpCore(analyzer, analyzerType.getMethod("analyze", byte[].class, String.class, hintsType), none);
    }

    /** The indicators nlp-core finds in these bytes, without hints (an upload with only a file name has none). */
    List<IndicatorKey> indicators(byte[] content, String fileName) throws Exception {
        Object analysis = analyze.invoke(analyzer, content, fileName, noHints);
        List<?> found = (List<?>) call(analysis, "indicators");
        List<IndicatorKey> keys = new ArrayList<>();
        for (Object i : found) {
            keys.add(new IndicatorKey((String) call(i, "metric"), IndicatorKey.plain((BigDecimal) call(i, "value")),
                    (String) call(i, "unit"), (String) call(i, "kind"), (Integer) call(i, "year"),
                    (Integer) call(i, "start"), (Integer) call(i, "end")));
        }
        return keys;
    }

    private static Object call(Object target, String accessor) throws Exception {
        Method method = target.getClass().getMethod(accessor);
        method.setAccessible(true);
        return method.invoke(target);
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
