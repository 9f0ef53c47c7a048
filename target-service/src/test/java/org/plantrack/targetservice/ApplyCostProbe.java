package org.plantrack.targetservice;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.targetservice.service.AggregationService;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A probe, not a test: prints how the cost of applying one document's set grows with the number of documents that
 * stated the same targets before (the load benchmark states the same ~30 targets ~1300 times). It applies copies of
 * one set of 30 target statements and 30 actuals of one region through {@link AggregationService#apply} on the
 * tests' real PostgreSQL and prints, for the last 50 copies before each N, the wall time per set and the CPU
 * PostgreSQL spent per set (its postmaster and backends, from /proc). It asserts nothing about time. Run alone:
 * <pre>
 * ./mvnw -B -pl target-service test -Dtest=ApplyCostProbe -Dplantrack.probe=true [-Dplantrack.probe.n=50,200,800,1600]
 * </pre>
 * docs/benchmarks.md "target-service: apply cost constant in a target's history" has its figures.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_probe"))
@EnabledIfSystemProperty(named = "plantrack.probe", matches = "true")
class ApplyCostProbe {

    /** Plan-document phrasings of common indicators: most resolve to the catalogue, a few are free metrics. */
    private static final String[] METRICS = {"地区生产总值", "一般公共预算收入", "社会消费品零售总额", "固定资产投资",
            "城镇居民人均可支配收入", "农村居民人均可支配收入", "常住人口城镇化率", "森林覆盖率", "研发经费投入强度",
            "万元地区生产总值能耗", "城镇调查失业率", "进出口总额", "实际使用外资", "粮食综合生产能力",
            "每千人口拥有执业（助理）医师数", "人均预期寿命", "劳动年龄人口平均受教育年限", "空气质量优良天数比率",
            "地表水达到或好于Ⅲ类水体比例", "单位地区生产总值二氧化碳排放降低", "数字经济核心产业增加值",
            "高新技术企业数量", "每万人口高价值发明专利拥有量", "城镇新增就业人数", "基本养老保险参保率",
            "规模以上工业增加值", "旅游总收入", "金融机构本外币存款余额", "新建改建农村公路里程", "5G基站数"};

    @Inject
    AggregationService aggregation;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void applyCostAgainstHistory() throws Exception {
        int[] marks = Arrays.stream(System.getProperty("plantrack.probe.n", "50,200,800,1600").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).sorted().toArray();
        String region = "探针市" + UUID.randomUUID().toString().substring(0, 6);
        long postmaster = postmasterPid();
        StringBuilder table = new StringBuilder("| N | wall ms per set (last 50) | PostgreSQL CPU ms per set (last 50) |\n"
                + "|---|---|---|\n");
        int applied = 0;
        for (int mark : marks) {
            long wallStart = 0;
            long cpuStart = 0;
            while (applied < mark) {
                if (applied == mark - 50) {
                    wallStart = System.nanoTime();
                    cpuStart = cpuTicks(postmaster);
                }
                aggregation.apply(copy(region, applied));
                applied++;
            }
            double wallMs = (System.nanoTime() - wallStart) / 1e6 / 50;
            double cpuMs = (cpuTicks(postmaster) - cpuStart) * 10.0 / 50; // USER_HZ = 100
            table.append(String.format("| %d | %.1f | %.1f |%n", mark, wallMs, cpuMs));
            System.out.printf("probe: N=%d wall %.1f ms/set, PostgreSQL CPU %.1f ms/set, load %s%n", mark, wallMs,
                    cpuMs, Files.readString(Path.of("/proc/loadavg")).strip());
        }
        System.out.println(table);
    }

    /** Copy k of the document: the same statements under another document id, on the same date. */
    private static IndicatorsExtractedV1 copy(String region, int k) {
        String doc = "probe-" + region + "-" + k;
        List<IndicatorV1> set = new ArrayList<>();
        for (int m = 0; m < METRICS.length; m++) {
            set.add(indicator(doc, m * 40, METRICS[m], String.valueOf(1000 + 17 * m), "亿元", "target", 2025));
            set.add(indicator(doc, m * 40 + 20, METRICS[m], String.valueOf(600 + 11 * m), "亿元", "actual", 2020));
        }
        return new IndicatorsExtractedV1(UUID.randomUUID().toString(), IndicatorsExtractedV1.SCHEMA_VERSION, doc, 1,
                region, "city", "十四五", "2021-03-01", set, Instant.now());
    }

    private static IndicatorV1 indicator(String doc, int start, String metric, String value, String unit,
                                         String kind, int year) {
        String sentence = "到" + year + "年，" + metric + "达到" + value + unit + "。";
        return new IndicatorV1(doc + "-" + start, doc, metric, new BigDecimal(value), unit, kind, null, null, null,
                year, sentence, start, start + sentence.length(), "economy", 0.9, null, null, null);
    }

    /** The server's process: the first line of postmaster.pid in its data directory. */
    private long postmasterPid() throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("show data_directory")) {
            r.next();
            return Long.parseLong(Files.readAllLines(Path.of(r.getString(1), "postmaster.pid")).get(0).strip());
        }
    }

    /**
     * CPU ticks of the server: the postmaster's own and its reaped children's (utime, stime, cutime, cstime), and
     * those of its live children (backends, background workers).
     */
    private static long cpuTicks(long postmaster) throws IOException {
        long sum = ticks(postmaster, true);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] f = stat(p);
                if (f != null && Long.parseLong(f[1]) == postmaster) {
                    sum += ticks(Long.parseLong(p.getFileName().toString()), false);
                }
            }
        }
        return sum;
    }

    private static long ticks(long pid, boolean withChildren) {
        String[] f = stat(Path.of("/proc", Long.toString(pid)));
        if (f == null) {
            return 0;
        }
        // fields after the command's closing parenthesis: f[0] = state, f[11] = utime, f[12] = stime, f[13..14] = c*
        long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    }

    /** The fields of /proc/PID/stat after the command name (which may contain spaces); null when gone. */
    private static String[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
