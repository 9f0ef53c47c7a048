package org.plantrack.loadbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents to upload: the shared seed documents when {@code <shared>/seeds} exists (read at run time, never
 * copied into the repository), otherwise planning-report-like text generated here, of a similar size (~10 KB).
 */
final class Corpus {

    private Corpus() {
    }

    static List<byte[]> load(Path shared) throws IOException {
        Path seeds = shared.resolve("seeds");
        List<byte[]> documents = new ArrayList<>();
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    documents.add(Files.readAllBytes(file));
                }
            }
        }
        if (documents.isEmpty()) {
            System.out.println("no seed documents in " + seeds + ": generated planning-like text is uploaded instead");
            for (int d = 0; d < 5; d++) {
                documents.add(generated(d));
            }
        }
        return documents;
    }

    /** A fictional city's plan: headings and sentences with targets and results, about 10 KB. */
    static byte[] generated(int seed) {
        String[] cities = {"临江市", "青山县", "云湖区", "北塘市", "南屿县"};
        String[] metrics = {"地区生产总值", "一般公共预算收入", "城镇新增就业", "森林覆盖率", "单位地区生产总值能耗",
                "常住人口城镇化率", "研发经费投入强度", "城乡居民人均可支配收入"};
        String[] units = {"亿元", "亿元", "万人", "%", "%", "%", "%", "元"};
        String city = cities[seed % cities.length];
        StringBuilder text = new StringBuilder(city).append("国民经济和社会发展第十五个五年规划纲要\n");
        int section = 0;
        while (text.length() < 3500) {
            text.append("第").append(++section).append("章 推动高质量发展\n");
            for (int i = 0; i < metrics.length; i++) {
                int value = 10 + (seed * 37 + section * 11 + i * 7) % 900;
                text.append("2025年全市").append(metrics[i]).append("达到").append(value).append(units[i])
                        .append("，比上年增长").append(1 + (i + section) % 8).append(".5%。");
                text.append("到2030年").append(metrics[i]).append("力争达到").append(value + 50).append(units[i])
                        .append("以上。\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
