package org.plantrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrack.devinfra.LocalStack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, "10 000 tiny documents at once": 10 000 distinct small documents go through the gateway with bounded
 * concurrency while another user keeps reading a document and uploading one of their own. Every upload must be
 * accepted (202; a 429/503 with Retry-After would be honoured and retried), the other user must keep getting
 * answers, and every document must end ANALYZED or FAILED with exactly the indicators its text states: none lost,
 * none duplicated, checked through the public query API. Prints the throughput figures.
 * <p>
 * Runs on its own stack (the four packaged services as processes, one broker, one PostgreSQL), like PipelineIT.
 */
class TenThousandDocumentsIT {

    static final Path ROOT = Path.of(System.getProperty("plantrack.root", "..")).toAbsolutePath().normalize();
    static final Path WORK = ROOT.resolve("e2e-tests/target/storm-run");

    private static final int DOCUMENTS = Integer.getInteger("plantrack.storm.documents", 10_000);
    private static final int IN_FLIGHT = Integer.getInteger("plantrack.storm.concurrency", 16);
    private static final Duration STARTUP = Duration.ofMinutes(4);
    /** Generous: the machine running CI may be shared; the figures printed say how fast it really was. */
    private static final Duration DRAIN = Duration.ofMinutes(Long.getLong("plantrack.storm.drain-minutes", 20));
    private static final Duration NEIGHBOUR_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Provinces: the region each document states, so the indicators spread over many targets as real ones do. */
    private static final String[] PROVINCES = {"河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省",
            "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省",
            "云南省", "陕西省", "甘肃省", "青海省"};

    private static LocalStack stack;
    private static String gateway;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startPlanTrack() throws IOException {
        stack = LocalStack.start(ROOT, WORK, List.of("-Xmx384m", "-XX:+UseSerialGC"), STARTUP);
        gateway = stack.gatewayUrl();
    }

    @AfterAll
    static void stopPlanTrack() {
        if (stack != null) {
            stack.close();
        }
    }

    /**
     * Document number {@code n}: a few sentences written for this test. Four shapes in turn state 1, 3, 0 and 1
     * indicators (a level; a level, its growth and a target; nothing; a target); the numbers make every document
     * distinct (a new content hash, so a new document).
     */
    static String document(int n) {
        String province = PROVINCES[n % PROVINCES.length];
        int year = 2021 + n % 4;
        String heading = province + "第" + n + "号工作简报\n";
        return switch (n % 4) {
            case 0 -> heading + year + "年全省地区生产总值达到" + (20000 + n) + "亿元。\n";
            case 1 -> heading + year + "年全省粮食产量达到" + (1000 + n) + "万吨，比上年增长" + (1 + n % 9) + "."
                    + (n % 10) + "%。\n到2027年森林覆盖率提高到" + (30 + n % 40) + "%以上。\n";
            case 2 -> heading + "今年以来各项工作平稳推进，第" + n + "次群众座谈会如期召开。\n";
            default -> heading + "到2030年全省城镇新增就业累计达到" + (50 + n) + "万人。\n";
        };
    }

    /** How many indicators document {@code n} states (see {@link #document(int)}). */
    static int statedIndicators(int n) {
        return switch (n % 4) {
            case 0, 3 -> 1;
            case 1 -> 3;
            default -> 0;
        };
    }

    @Test
    void tenThousandTinyDocumentsAtOnceAreAllAnalysedWhileOthersAreStillServed() throws Exception {
        try {
            run();
        } catch (AssertionError | Exception e) {
            System.out.println("\n===== storm test failed: " + e + "\n" + stack.logTails(150));
            throw e;
        }
    }

    private void run() throws Exception {
        // another user's document, uploaded before the storm, read again and again during it
        HttpResponse<String> first = send(upload("邻居用户的文件：本市2024年地区生产总值达到1234亿元。\n"
                .getBytes(StandardCharsets.UTF_8), "neighbour-0.txt"));
        assertThat(first.statusCode()).as("neighbour's first upload: %s", first.body()).isEqualTo(202);
        String neighbourDocument = JSON.readTree(first.body()).path("id").asText();

        Map<Integer, String> ids = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> uploadErrors = new ConcurrentLinkedQueue<>();
        AtomicInteger retriesAfter = new AtomicInteger();
        ExecutorService uploaders = Executors.newFixedThreadPool(IN_FLIGHT); // bounds the uploads in flight
        CountDownLatch done = new CountDownLatch(DOCUMENTS);

        AtomicBoolean storming = new AtomicBoolean(true);
        Neighbour neighbour = new Neighbour(neighbourDocument, storming);
        Thread neighbourThread = new Thread(neighbour, "neighbour");
        neighbourThread.setDaemon(true);

        long begin = System.nanoTime();
        neighbourThread.start();
        for (int n = 0; n < DOCUMENTS; n++) {
            int number = n;
            uploaders.execute(() -> {
                try {
                    HttpResponse<String> response = uploadHonouringRetryAfter(number, retriesAfter);
                    if (response.statusCode() == 202) {
                        ids.put(number, JSON.readTree(response.body()).path("id").asText());
                    } else {
                        uploadErrors.add("document " + number + ": " + response.statusCode() + " " + response.body());
                    }
                } catch (Exception e) {
                    uploadErrors.add("document " + number + ": " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        uploaders.shutdown();
        assertThat(done.await(DRAIN.toMinutes(), TimeUnit.MINUTES)).as("all uploads answered").isTrue();
        long uploaded = System.nanoTime();
        assertThat(uploadErrors).as("uploads not accepted (%d)", uploadErrors.size()).isEmpty();
        assertThat(ids).hasSize(DOCUMENTS);
        assertThat(new HashSet<>(ids.values())).as("distinct document ids").hasSize(DOCUMENTS);
        System.out.printf("storm: %d uploads accepted in %.1f s (%.1f docs/s, %d in flight, %d retries after "
                        + "429/503)%n", DOCUMENTS, seconds(uploaded - begin), DOCUMENTS / seconds(uploaded - begin),
                IN_FLIGHT, retriesAfter.get());

        // every accepted document reaches a final state; the neighbour keeps being served meanwhile
        long deadline = System.nanoTime() + DRAIN.toNanos();
        long settled;
        while (true) {
            long open = total("/api/documents?state=RECEIVED&size=1");
            if (open == 0) {
                settled = System.nanoTime();
                break;
            }
            assertThat(System.nanoTime()).as("%d documents still RECEIVED after %s", open, DRAIN).isLessThan(deadline);
            Thread.sleep(1000);
        }
        storming.set(false);
        neighbourThread.join(NEIGHBOUR_TIMEOUT.toMillis() * 3);
        System.out.printf("storm: all documents ANALYZED or FAILED %.1f s after the first upload: %.1f docs/s end to "
                + "end%n", seconds(settled - begin), DOCUMENTS / seconds(settled - begin));
        System.out.printf("neighbour during the storm: %d reads, %d uploads, slowest answer %d ms, failures %s%n",
                neighbour.reads.get(), neighbour.uploads.get(), neighbour.slowestMillis, neighbour.failures);
        assertThat(neighbour.failures).as("the other user's requests during the storm").isEmpty();
        assertThat(neighbour.reads.get()).as("reads by the other user during the storm").isPositive();
        assertThat(neighbour.uploads.get()).as("uploads by the other user during the storm").isPositive();

        // ingest-service records the outcome and target-service stores the indicators independently (two topics):
        // wait until target-service has caught up, i.e. it lists at least what the documents state and the count
        // holds still, before paging through the list (paging a list that still grows would skip and repeat rows)
        int statedInAll = 0;
        for (int n = 0; n < DOCUMENTS; n++) {
            statedInAll += statedIndicators(n);
        }
        long previous = -1;
        while (true) {
            long listed = total("/api/indicators?size=1");
            if (listed >= statedInAll && listed == previous) {
                break;
            }
            assertThat(System.nanoTime()).as("indicators listed: %d, stated by the documents: %d", listed, statedInAll)
                    .isLessThan(deadline);
            previous = listed;
            Thread.sleep(3000);
        }
        long indexed = System.nanoTime();
        System.out.printf("storm: every indicator stored %.1f s after the first upload%n", seconds(indexed - begin));

        // the outcome of every document, through the query API
        Map<String, JsonNode> documents = new HashMap<>();
        int pageSize = 200;
        for (int page = 0; ; page++) {
            JsonNode items = JSON.readTree(get("/api/documents?size=" + pageSize + "&page=" + page).body());
            items.forEach(d -> documents.put(d.path("id").asText(), d));
            if (items.size() < pageSize) {
                break;
            }
        }
        Map<String, Integer> indicatorsPerDocument = new HashMap<>();
        Set<String> indicatorIds = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode items = JSON.readTree(get("/api/indicators?size=1000&page=" + page).body());
            for (JsonNode i : items) {
                if (!indicatorIds.add(i.path("id").asText())) {
                    duplicates.add(i.path("id").asText());
                }
                indicatorsPerDocument.merge(i.path("documentId").asText(), 1, Integer::sum);
            }
            if (items.size() < 1000) {
                break;
            }
        }
        assertThat(duplicates).as("indicators listed twice").isEmpty();

        int analyzed = 0;
        int failed = 0;
        int expectedIndicators = 0;
        List<String> wrong = new ArrayList<>();
        for (int n = 0; n < DOCUMENTS; n++) {
            String id = ids.get(n);
            JsonNode d = documents.get(id);
            if (d == null) {
                wrong.add("document " + n + " (" + id + ") is missing from the document list");
                continue;
            }
            String state = d.path("state").asText();
            int stated = statedIndicators(n);
            int stored = indicatorsPerDocument.getOrDefault(id, 0);
            if (state.equals("ANALYZED")) {
                analyzed++;
                expectedIndicators += stated;
                int counted = d.path("counts").path("indicators").asInt(-1);
                if (counted != stated || stored != stated) {
                    wrong.add("document " + n + " (" + id + ") states " + stated + " indicators; analysis counted "
                            + counted + ", the indicator query has " + stored);
                }
            } else if (state.equals("FAILED")) {
                failed++;
                if (d.path("failureReason").asText("").isBlank() || stored != 0) {
                    wrong.add("document " + n + " (" + id + ") FAILED without a reason or with indicators: " + d);
                }
            } else {
                wrong.add("document " + n + " (" + id + ") ended " + state);
            }
        }
        System.out.printf("storm: %d ANALYZED, %d FAILED, %d indicators expected, %d listed in all%n", analyzed,
                failed, expectedIndicators, indicatorIds.size());
        assertThat(wrong.subList(0, Math.min(20, wrong.size())))
                .as("documents whose outcome is wrong (first 20 of %d)", wrong.size()).isEmpty();
        assertThat(failed).as("FAILED documents: these texts are all analysable").isZero();
    }

    /** Another user during the storm: reads a document every half second, uploads one of their own every 5 s. */
    private final class Neighbour implements Runnable {
        final String documentId;
        final AtomicBoolean storming;
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger uploads = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        volatile long slowestMillis;

        Neighbour(String documentId, AtomicBoolean storming) {
            this.documentId = documentId;
            this.storming = storming;
        }

        @Override
        public void run() {
            HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (int round = 1; storming.get(); round++) {
                timed("read", () -> own.send(HttpRequest.newBuilder(URI.create(gateway + "/api/documents/" + documentId))
                                .timeout(NEIGHBOUR_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString()),
                        200, reads);
                if (round % 10 == 0) {
                    String name = "neighbour-" + round + ".txt";
                    byte[] ownDocument = ("邻居用户的第" + round + "份文件：本市2024年粮食产量达到" + round + "万吨。\n")
                            .getBytes(StandardCharsets.UTF_8);
                    timed("upload", () -> own.send(upload(ownDocument, name), HttpResponse.BodyHandlers.ofString()),
                            202, uploads);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void timed(String what, Call call, int expected, AtomicInteger successes) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = call.send();
                if (response.statusCode() == expected) {
                    successes.incrementAndGet();
                } else {
                    failures.add(what + ": " + response.statusCode() + " " + response.body());
                }
            } catch (Exception e) {
                failures.add(what + ": " + e);
            }
            slowestMillis = Math.max(slowestMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /**
     * Uploads document {@code n}; a 429 or 503 with Retry-After is the system asking to come back later: wait as
     * told and send again (bounded). Anything else is the answer.
     */
    private static HttpResponse<String> uploadHonouringRetryAfter(int n, AtomicInteger retries) throws Exception {
        byte[] content = document(n).getBytes(StandardCharsets.UTF_8);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(upload(content, "storm-" + n + ".txt"));
            int status = response.statusCode();
            var retryAfter = response.headers().firstValue("Retry-After");
            if ((status == 429 || status == 503) && retryAfter.isPresent() && attempt < 30) {
                retries.incrementAndGet();
                Thread.sleep(Math.max(100, Long.parseLong(retryAfter.get().trim()) * 1000));
                continue;
            }
            return response;
        }
    }

    private static HttpRequest upload(byte[] content, String fileName) {
        return HttpRequest.newBuilder(URI.create(gateway + "/api/documents?fileName=" + fileName))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60)).GET().build());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return response;
    }

    /** The X-Total-Count of a list query. */
    private static long total(String path) throws IOException, InterruptedException {
        return Long.parseLong(get(path).headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
