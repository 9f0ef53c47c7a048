package org.plantrack.fault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** A batch of distinct documents with the indicators each must end up with. */
final class Batch {

    /**
     * @param id       the id ingest-service gives these bytes (first 32 hex digits of their SHA-256)
     * @param expected what nlp-core finds in them; empty for a poison document
     * @param poison   the document is meant to end FAILED with a reason
     */
    record Doc(int index, String fileName, byte[] content, String id, List<IndicatorKey> expected, boolean poison) {
    }

    private Batch() {
    }

    /**
     * {@code count} planning-like documents of a fictional demonstration zone; scenario and index are in the text,
     * so every document of the whole run has its own bytes (and id). Indices in {@code poisonAt} get bytes that
     * cannot be analysed instead.
     */
    static List<Doc> of(int scenario, int count, Set<Integer> poisonAt, ServiceNlpCore nlp) throws Exception {
        List<Doc> docs = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String fileName = String.format("fault-s%d-%03d.txt", scenario, n);
            if (poisonAt.contains(n)) {
                byte[] content = poison(scenario, n);
                docs.add(new Doc(n, fileName, content, id(content), List.of(), true));
                continue;
            }
            byte[] content = text(scenario, n).getBytes(StandardCharsets.UTF_8);
            List<IndicatorKey> expected = nlp.indicators(content, fileName);
            if (expected.size() < 2) {
                throw new IllegalStateException("nlp-core finds only " + expected + " in the generated document "
                        + fileName + "; the generator's sentences need adjusting");
            }
            docs.add(new Doc(n, fileName, content, id(content), List.copyOf(expected), false));
        }
        return docs;
    }

    /** Sentences written for these tests, with known numbers that differ from document to document. */
    static String text(int scenario, int n) {
        int k = scenario * 100 + n;
        return String.join("\n",
                "第" + scenario + "批第" + n + "号示范区国民经济和社会发展规划",
                "一、发展基础",
                "2025年第" + k + "号示范区地区生产总值达到" + (k * 10) + "亿元，比上年增长" + (5 + n % 4) + "." + (n % 10) + "%。",
                "二、主要目标",
                "到2030年森林覆盖率提高到" + (30 + n % 20) + "%以上，城镇新增就业累计达到" + (n + 1) + "万人。",
                "");
    }

    /**
     * Bytes that pose as a .txt upload but cannot be analysed: alternately a PDF (recognised by its header) and a
     * blob of control characters (decodes to nothing readable).
     */
    static byte[] poison(int scenario, int n) {
        if (n % 2 == 0) {
            String pdf = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n% fault test "
                    + scenario + "-" + n + "\n%%EOF\n";
            return pdf.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] blob = new byte[4096];
        for (int i = 0; i < blob.length; i++) {
            blob[i] = (byte) (1 + (i * 7 + n * 13 + scenario) % 8); // 0x01..0x08: control characters in any encoding
        }
        return blob;
    }

    static String id(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 32);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
