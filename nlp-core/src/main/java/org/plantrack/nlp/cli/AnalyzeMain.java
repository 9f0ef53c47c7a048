package org.plantrack.nlp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plantrack.catalogue.MetricResolver;
import org.plantrack.catalogue.Resolution;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.DocumentFormatException;
import org.plantrack.nlp.DocumentStructure;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.metric.CanonicalMetrics;

/**
 * {@code AnalyzeMain [--document] FILE...}: one JSON object per indicator per line (doc = file name; canonicalMetric =
 * the catalogue indicator {id, name} the metric names, null for a free metric), or with
 * --document the full analysis of each file as one JSON object per line. Files may be text, HTML, .docx or PDF;
 * one that cannot be read is reported on stderr with the reason and makes the exit code 1.
 */
public final class AnalyzeMain {

    private AnalyzeMain() {
    }

    public static void main(String[] args) throws IOException {
        // POI logs through the Log4j API; without a provider it complains on stderr. Its simple logger is enough.
        if (System.getProperty("log4j2.provider") == null) {
            System.setProperty("log4j2.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        boolean document = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--document")) {
                document = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                System.out.println("usage: analyze [--document] FILE...");
                return;
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: analyze [--document] FILE...");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        DocumentAnalyzer analyzer = DocumentAnalyzer.standard();
        int failures = 0;
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                System.err.println("cannot read " + f + ": " + e.getMessage());
                failures++;
                continue;
            }
            String name = f.getFileName().toString();
            DocumentAnalysis a;
            try {
                a = analyzer.analyze(bytes, name, AnalysisHints.none());
            } catch (DocumentFormatException e) {
                // One unreadable file (a scanned PDF, a .doc) must not stop the others.
                System.err.println(f + ": " + e.getMessage());
                failures++;
                continue;
            }
            MetricResolver metrics = CanonicalMetrics.forRegion(a.classification().region());
            if (document) {
                out.println(Json.write(documentJson(name, a, metrics)));
            } else {
                for (Indicator i : a.indicators()) {
                    out.println(Json.write(indicatorJson(name, i, metrics)));
                }
            }
        }
        out.flush();
        if (failures > 0) {
            System.exit(1);
        }
    }

    static Map<String, Object> indicatorJson(String doc, Indicator i, MetricResolver metrics) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (doc != null) {
            m.put("doc", doc);
        }
        m.put("metric", i.metric());
        m.put("canonicalMetric", canonicalMetricJson(metrics.resolve(i.metric())));
        m.put("value", i.value());
        m.put("unit", i.unit());
        m.put("kind", i.kind());
        m.put("qualifier", i.qualifier());
        m.put("change", i.change());
        m.put("baseline", i.baseline());
        m.put("year", i.year());
        m.put("sentence", i.sentence());
        m.put("start", i.start());
        m.put("end", i.end());
        m.put("domain", i.domain());
        m.put("confidence", i.confidence());
        if (i.attribute() != null) {
            m.put("attribute", i.attribute());
        }
        if (i.region() != null) {
            // the region the clause or row names (absent: the document's); metric there is without the region's name
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", i.region().name());
            r.put("code", i.region().code());
            r.put("level", i.region().level());
            r.put("parentCode", i.region().parentCode());
            r.put("metric", i.region().metric());
            m.put("region", r);
        }
        if (i.cleaned() != null) {
            // Offsets in the cleaned text (documentJson's cleaning.cleanedText); start/end are original offsets.
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("valueStart", i.cleaned().valueStart());
            c.put("valueEnd", i.cleaned().valueEnd());
            c.put("sentenceStart", i.cleaned().sentenceStart());
            c.put("sentenceEnd", i.cleaned().sentenceEnd());
            m.put("cleaned", c);
        }
        return m;
    }

    /** The document metadata at the top level, under the names score_meta.py and API users read. */
    private static void putMetadata(Map<String, Object> m, DocumentAnalysis a) {
        m.put("title", a.structure().title());
        m.put("genre", a.classification().genre());
        m.put("region", a.classification().region());
        m.put("regionCode", a.classification().regionCode());
        m.put("regionLevel", a.classification().regionLevel());
        m.put("regionParent", a.classification().regionParent());
        if (a.classification().regionAmbiguous()) {
            m.put("regionAmbiguous", true);
        }
        m.put("planPeriod", a.classification().planPeriod());
        m.put("documentDate", a.classification().documentDate());
    }

    /** {id, name} of the catalogue indicator the metric names, or null for a free metric. */
    static Map<String, Object> canonicalMetricJson(Resolution r) {
        if (!r.resolved()) {
            return null;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", r.indicator().id());
        c.put("name", r.indicator().name());
        return c;
    }

    static Map<String, Object> documentJson(String doc, DocumentAnalysis a, MetricResolver metrics) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", doc);
        putMetadata(m, a);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("encoding", a.cleaning().encoding());
        c.put("script", a.cleaning().script());
        c.put("notes", a.cleaning().notes());
        c.put("warnings", a.cleaning().warnings());
        c.put("cleanedText", a.cleaning().cleanedText());
        m.put("cleaning", c);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", a.structure().title());
        s.put("date", a.structure().date());
        s.put("author", a.structure().author());
        List<Object> hs = new ArrayList<>();
        for (DocumentStructure.Heading h : a.structure().headings()) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("text", h.text());
            hm.put("level", h.level());
            hm.put("start", h.start());
            hm.put("end", h.end());
            hs.add(hm);
        }
        s.put("headings", hs);
        s.put("paragraphCount", a.structure().paragraphCount());
        List<Object> ss = new ArrayList<>();
        for (DocumentStructure.Sentence x : a.structure().sentences()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("text", x.text());
            sm.put("start", x.start());
            sm.put("end", x.end());
            sm.put("paragraph", x.paragraph());
            sm.put("domain", x.domain());
            sm.put("domainConfidence", x.domainConfidence());
            sm.put("flags", x.flags());
            sm.put("words", x.words());
            ss.add(sm);
        }
        s.put("sentences", ss);
        m.put("structure", s);
        Map<String, Object> cl = new LinkedHashMap<>();
        cl.put("genre", a.classification().genre());
        cl.put("region", a.classification().region());
        cl.put("regionLevel", a.classification().regionLevel());
        cl.put("planPeriod", a.classification().planPeriod());
        cl.put("documentDate", a.classification().documentDate());
        List<Object> secs = new ArrayList<>();
        for (var sec : a.classification().sections()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("heading", sec.heading());
            sm.put("level", sec.level());
            sm.put("start", sec.start());
            sm.put("end", sec.end());
            sm.put("domain", sec.domain());
            sm.put("confidence", sec.confidence());
            secs.add(sm);
        }
        cl.put("sections", secs);
        m.put("classification", cl);
        List<Object> is = new ArrayList<>();
        for (Indicator i : a.indicators()) {
            is.add(indicatorJson(null, i, metrics));
        }
        m.put("indicators", is);
        return m;
    }
}
