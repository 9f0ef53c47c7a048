package org.plantrack.loadbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.plantrack.devinfra.KafkaBrokerProcess;
import org.plantrack.devinfra.LocalStack;
import org.plantrack.devinfra.ServiceJvmOptions;
import org.plantrack.devinfra.ServiceProcess;
import org.plantrack.events.EventIds;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.Topics;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end load benchmark (prints figures; not a test). Starts PlanTrack like {@code ./plantrack up} does (a
 * Kafka broker, an embedded PostgreSQL, the four packaged services) in a scratch folder, then:
 * <ol>
 *   <li>uploads N documents through the gateway at a fixed rate, then N more as fast as a bounded number of
 *       concurrent uploads allows;</li>
 *   <li>for each document records upload -> 202, upload -> its first indicator event on the gateway's SSE stream,
 *       and upload -> its {@code DocumentAnalyzedV1} outcome on Kafka (the moment nlp-service has published both
 *       the indicators and the outcome);</li>
 *   <li>measures a raw Kafka baseline on the same broker: the same payloads produced and consumed with
 *       kafka-clients;</li>
 *   <li>reads CPU time and memory of every process from /proc.</li>
 * </ol>
 * Options: {@code --documents N} (200), {@code --fast-documents N} (the fast phase and the raw baseline; default
 * {@code --documents}: a longer fast phase measures throughput over minutes instead of seconds),
 * {@code --rate DOCS_PER_S} (10), {@code --concurrency C} (8),
 * {@code --warmup N} (1500, uploaded and drained first, not counted: seven JVMs share two cores, and their JIT
 * compilers still took a third to a half of all CPU in phases measured after 300 documents; docs/benchmarks.md),
 * {@code --shared DIR} (../shared; its seeds/ are the documents, else generated text).
 */
public final class LoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DRAIN = Duration.ofSeconds(Long.getLong("plantrack.bench.drain-seconds", 300));

    private final Path root;
    private final Path work;
    private final int documents;
    private final int fastDocuments;
    private final double rate;
    private final int concurrency;
    private final int warmup;
    private final List<byte[]> bases;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private LocalStack stack;
    private final Map<String, ProcessStats> processes = new LinkedHashMap<>();
    private String gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    /** When each document's DocumentIngestedV1 (published by ingest-service's outbox relay) was seen. */
    private final Map<String, Long> ingested = new ConcurrentHashMap<>();
    /** When each document's first IndicatorEventV1 (published by target-service's outbox) was seen on Kafka. */
    private final Map<String, Long> indicatorEvents = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    record Outcome(long nanos, String outcome, int indicators) {
    }

    /** One uploaded document. */
    static final class Upload {
        final byte[] content;
        long start;
        long accepted;
        int status;
        String id;

        Upload(byte[] content) {
            this.content = content;
        }
    }

    private LoadBenchmark(Path root, int documents, int fastDocuments, double rate, int concurrency, int warmup,
            Path shared) throws IOException {
        this.warmup = warmup;
        this.root = root;
        this.work = root.resolve("load-benchmark/target/bench-run");
        this.documents = documents;
        this.fastDocuments = fastDocuments;
        this.rate = rate;
        this.concurrency = concurrency;
        this.bases = Corpus.load(shared);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path root = Path.of(System.getProperty("plantrack.root", ".")).toAbsolutePath().normalize();
        String documents = options.getOrDefault("documents", "200");
        LoadBenchmark bench = new LoadBenchmark(root, Integer.parseInt(documents),
                Integer.parseInt(options.getOrDefault("fast-documents", documents)),
                Double.parseDouble(options.getOrDefault("rate", "10")),
                Integer.parseInt(options.getOrDefault("concurrency", "8")),
                Integer.parseInt(options.getOrDefault("warmup", "1500")),
                Path.of(options.getOrDefault("shared", root.resolve("../shared").toString())));
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopStack));
        try {
            bench.run();
        } finally {
            bench.stopStack();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf("corpus: %d base documents, sizes %s bytes%n", bases.size(),
                bases.stream().map(b -> b.length).toList());
        long startup = System.nanoTime();
        startStack();
        System.out.printf("stack up in %.1f s (pids: %s)%n", seconds(System.nanoTime() - startup), pidList());

        Thread.sleep(10_000); // let start-up work (JIT, consumer joins) settle before reading idle memory
        Map<String, Long> idle = new LinkedHashMap<>();
        processes.forEach((name, p) -> idle.put(name, p.memoryKb()));

        Thread analyzed = new Thread(this::followOutcomes, "analyzed-follower");
        analyzed.setDaemon(true);
        analyzed.start();
        try (SseRecorder sse = new SseRecorder(URI.create(gateway + "/api/indicators/stream"))) {
            awaitStreamLive(sse);
            Thread sampler = new Thread(this::sampleMemory, "memory-sampler");
            sampler.setDaemon(true);
            sampler.start();

            if (warmup > 0) {
                System.out.println("warm-up: " + warmup + " documents (not counted)");
                phase("warm-up", sse, corpus(warmup, "warmup"), 0, concurrency);
            }
            List<String> report = new ArrayList<>();
            report.add(phase("fixed rate " + rate + " docs/s", sse, corpus(documents, "fixed"), rate, 0));
            report.add(phase("as fast as possible (" + concurrency + " concurrent uploads)", sse,
                    corpus(fastDocuments, "max"), 0, concurrency));
            report.add(rawKafka(corpus(fastDocuments, "raw")));

            System.out.println();
            System.out.println("== idle memory after start-up (RSS; PostgreSQL: PSS of all its processes)");
            idle.forEach((name, kb) -> System.out.printf("  %-15s %6.0f MB%n", name, kb / 1024.0));
            System.out.println();
            report.forEach(System.out::println);
            System.out.printf("== pipeline / raw Kafka (as-fast-as-possible phase vs the raw baseline)%n"
                            + "  to ANALYZED: %.1f / %.0f docs/s = %.3f; to first SSE event: %.1f / %.0f docs/s = %.3f%n",
                    maxAnalyzedRate, rawRate, maxAnalyzedRate / rawRate, maxEventRate, rawRate, maxEventRate / rawRate);
            System.out.printf("SSE events received in all: %d; reconnections (dropped as too slow or ended): %d%n",
                    sse.events(), sse.reconnects());
        }
    }

    /** Variants of the base documents; the appended line makes every content hash (document id) new. */
    private List<byte[]> corpus(int count, String phase) {
        List<byte[]> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] base = bases.get(i % bases.size());
            byte[] tail = ("\n（负载测试 " + run + " " + phase + " 第" + i + "份）\n").getBytes(StandardCharsets.UTF_8);
            byte[] content = new byte[base.length + tail.length];
            System.arraycopy(base, 0, content, 0, base.length);
            System.arraycopy(tail, 0, content, base.length, tail.length);
            list.add(content);
        }
        return list;
    }

    private String phase(String title, SseRecorder sse, List<byte[]> contents, double perSecond, int parallel)
            throws Exception {
        processes.values().forEach(ProcessStats::resetPeak);
        Map<String, Double> cpuBefore = cpu();
        List<Upload> uploads = contents.stream().map(Upload::new).toList();
        Semaphore inFlight = new Semaphore(parallel > 0 ? parallel : 1000);
        CountDownLatch done = new CountDownLatch(uploads.size());
        long begin = System.nanoTime();
        for (int i = 0; i < uploads.size(); i++) {
            if (perSecond > 0) {
                long due = begin + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            inFlight.acquire();
            Upload upload = uploads.get(i);
            upload.start = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(URI.create(gateway + "/api/documents?fileName=bench-" + i + ".txt"))
                            .header("Content-Type", "text/plain; charset=UTF-8")
                            .timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(upload.content)).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                upload.accepted = System.nanoTime();
                if (response != null) {
                    upload.status = response.statusCode();
                    try {
                        upload.id = JSON.readTree(response.body()).path("id").asText(null);
                    } catch (Exception ignored) {
                        // status says enough
                    }
                }
                inFlight.release();
                done.countDown();
            });
        }
        done.await(5, TimeUnit.MINUTES);
        long uploaded = System.nanoTime();

        // drain: every accepted document reaches an outcome, and every one with indicators shows up on the SSE
        // stream (target-service's events), or the drain time runs out
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (System.nanoTime() < deadline && uploads.stream().anyMatch(u -> u.id != null && pending(u, sse))) {
            Thread.sleep(100);
        }
        Thread.sleep(2000); // late SSE events of the last documents
        long end = System.nanoTime();
        Map<String, Double> cpuAfter = cpu();

        List<Double> accept = new ArrayList<>();
        List<Double> firstEvent = new ArrayList<>();
        List<Double> analyzedLatency = new ArrayList<>();
        List<Double> toIngested = new ArrayList<>();
        List<Double> ingestedToAnalyzed = new ArrayList<>();
        List<Double> analyzedToEvent = new ArrayList<>();
        List<Double> analyzedToKafkaEvent = new ArrayList<>();
        List<Double> kafkaEventToSse = new ArrayList<>();
        int accepted = 0;
        int analyzed = 0;
        int failed = 0;
        int noEvent = 0;
        long lastOutcome = begin;
        long lastEvent = begin;
        int expectingEvent = 0;
        for (Upload u : uploads) {
            if (u.id == null || (u.status != 202 && u.status != 200)) {
                continue;
            }
            accepted++;
            accept.add(millis(u.accepted - u.start));
            Outcome outcome = outcomes.get(u.id);
            Long relayed = ingested.get(u.id);
            if (relayed != null) {
                toIngested.add(millis(relayed - u.start));
                if (outcome != null) {
                    ingestedToAnalyzed.add(millis(outcome.nanos() - relayed));
                }
            }
            if (outcome != null) {
                lastOutcome = Math.max(lastOutcome, outcome.nanos());
                if (outcome.outcome().equals("ANALYZED")) {
                    analyzed++;
                    analyzedLatency.add(millis(outcome.nanos() - u.start));
                } else {
                    failed++;
                }
            }
            if (outcome == null || outcome.indicators() == 0) {
                continue; // no indicators, no indicator event to wait for
            }
            expectingEvent++;
            Long event = sse.firstEvent(u.id);
            if (event != null) {
                firstEvent.add(millis(event - u.start));
                analyzedToEvent.add(millis(event - outcome.nanos()));
                Long onKafka = indicatorEvents.get(u.id);
                if (onKafka != null) {
                    analyzedToKafkaEvent.add(millis(onKafka - outcome.nanos()));
                    kafkaEventToSse.add(millis(event - onKafka));
                }
                lastEvent = Math.max(lastEvent, event);
            } else {
                noEvent++;
            }
        }
        double wall = seconds(lastOutcome - begin);
        if (parallel > 0) {
            maxAnalyzedRate = analyzed / wall;
            maxEventRate = firstEvent.size() / seconds(lastEvent - begin);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("== %s: %d documents (%.1f KB average)%n", title, uploads.size(),
                contents.stream().mapToInt(c -> c.length).average().orElse(0) / 1024));
        out.append(String.format("  accepted %d (others: %s), ANALYZED %d, FAILED %d, no outcome %d%n", accepted,
                uploads.stream().filter(u -> u.status != 202 && u.status != 200).map(u -> u.status).toList(),
                analyzed, failed, accepted - analyzed - failed));
        out.append(String.format("  uploads sent in %.1f s (%.1f docs/s offered); sustained %.1f docs/s "
                        + "(ANALYZED / first upload -> last outcome, %.1f s)%n",
                seconds(uploaded - begin), uploads.size() / seconds(uploaded - begin), analyzed / wall, wall));
        out.append(String.format("  end to end: %d of %d documents with indicators seen on SSE; %.1f docs/s "
                        + "(first upload -> last document's first SSE event, %.1f s)%n",
                firstEvent.size(), expectingEvent, firstEvent.size() / seconds(lastEvent - begin), seconds(lastEvent - begin)));
        out.append("  upload -> 202 accepted         ").append(Percentiles.of(accept)).append('\n');
        out.append("  upload -> first SSE event      ").append(Percentiles.of(firstEvent))
                .append(noEvent > 0 ? " (" + noEvent + " documents without an indicator event)" : "").append('\n');
        out.append("  upload -> ANALYZED on Kafka    ").append(Percentiles.of(analyzedLatency)).append('\n');
        out.append("  where the time goes:\n");
        out.append("    upload -> DocumentIngestedV1 on Kafka (gateway, ingest-service, its outbox relay)  ")
                .append(Percentiles.of(toIngested)).append('\n');
        out.append("    DocumentIngestedV1 -> DocumentAnalyzedV1 (nlp-service: queue + analysis)          ")
                .append(Percentiles.of(ingestedToAnalyzed)).append('\n');
        out.append("    DocumentAnalyzedV1 -> first SSE event (target-service, its outbox, gateway)       ")
                .append(Percentiles.of(analyzedToEvent)).append('\n');
        out.append("      of which DocumentAnalyzedV1 -> first IndicatorEventV1 on Kafka (target-service)  ")
                .append(Percentiles.of(analyzedToKafkaEvent)).append('\n');
        out.append("      of which IndicatorEventV1 on Kafka -> first SSE event (gateway)                 ")
                .append(Percentiles.of(kafkaEventToSse)).append('\n');
        out.append(cpuTable(cpuBefore, cpuAfter, seconds(end - begin)));
        return out.toString();
    }

    private boolean pending(Upload u, SseRecorder sse) {
        Outcome outcome = outcomes.get(u.id);
        if (outcome == null) {
            return true;
        }
        return outcome.indicators() > 0 && outcome.outcome().equals("ANALYZED") && sse.firstEvent(u.id) == null;
    }

    /** The same payloads through one topic of the same broker: produce with the services' settings, consume. */
    private String rawKafka(List<byte[]> payloads) throws Exception {
        String topic = "plantrack.bench.raw-" + run;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, Topics.DEFAULT_PARTITIONS, (short) 1)
                    .configs(Map.of("max.message.bytes", Integer.toString(KafkaBrokerProcess.MAX_MESSAGE_BYTES)))))
                    .all().get(1, TimeUnit.MINUTES);
        }
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, Long> received = new ConcurrentHashMap<>();
        Map<String, Object> consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + run,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, KafkaBrokerProcess.MAX_MESSAGE_BYTES);
        Map<String, Double> cpuBefore = cpu();
        long begin;
        long producedAt;
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
             var producer = new KafkaProducer<>(Map.<String, Object>of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                     ProducerConfig.MAX_REQUEST_SIZE_CONFIG, KafkaBrokerProcess.MAX_MESSAGE_BYTES),
                     new StringSerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < Topics.DEFAULT_PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(consumer::position);
            // warm-up: metadata, producer id and fetch sessions exist before the clock starts
            producer.send(new ProducerRecord<>(topic, "warm-up", new byte[1])).get();
            boolean warm = false;
            while (!warm) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    warm |= r.key().equals("warm-up");
                }
            }
            // the consumer polls on its own thread while the producer sends, as the services do
            Thread polling = new Thread(() -> {
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (received.size() < payloads.size() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                        received.putIfAbsent(r.key(), System.nanoTime());
                    }
                }
            }, "raw-consumer");
            begin = System.nanoTime();
            polling.start();
            for (int i = 0; i < payloads.size(); i++) {
                String key = "raw-" + i;
                sent.put(key, System.nanoTime());
                producer.send(new ProducerRecord<>(topic, key, payloads.get(i)));
            }
            producer.flush();
            producedAt = System.nanoTime();
            polling.join();
        }
        long end = received.values().stream().mapToLong(Long::longValue).max().orElse(System.nanoTime());
        Map<String, Double> cpuAfter = cpu();
        List<Double> latency = new ArrayList<>();
        received.forEach((key, at) -> latency.add(millis(at - sent.get(key))));
        double wall = seconds(end - begin);
        StringBuilder out = new StringBuilder();
        out.append(String.format("== raw Kafka baseline (same broker, %d payloads of the same sizes, acks=all, idempotent)%n",
                payloads.size()));
        out.append(String.format("  produced in %.2f s, all consumed after %.2f s: %.0f msgs/s%n",
                seconds(producedAt - begin), wall, received.size() / wall));
        out.append("  produce -> consume             ").append(Percentiles.of(latency)).append('\n');
        out.append(cpuTable(cpuBefore, cpuAfter, wall));
        rawRate = received.size() / wall;
        rawP50 = Percentiles.of(latency).p50();
        return out.toString();
    }

    private double rawRate;
    private double maxAnalyzedRate;
    private double maxEventRate;
    private double rawP50;

    private String cpuTable(Map<String, Double> before, Map<String, Double> after, double wallSeconds) {
        StringBuilder out = new StringBuilder(String.format("  %-15s %10s %8s %12s%n", "process", "CPU s", "cores", "peak MB"));
        for (var entry : processes.entrySet()) {
            double used = after.get(entry.getKey()) - before.get(entry.getKey());
            out.append(String.format("  %-15s %10.1f %8.2f %12.0f%n", entry.getKey(), used, used / wallSeconds,
                    entry.getValue().peakKb() / 1024.0));
        }
        return out.toString();
    }

    private Map<String, Double> cpu() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        processes.forEach((name, p) -> cpu.put(name, p.cpuSeconds()));
        return cpu;
    }

    private void sampleMemory() {
        while (!stopping) {
            processes.values().forEach(ProcessStats::memoryKb);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Every DocumentAnalyzedV1 from now on: when it was seen and its outcome. */
    private void followOutcomes() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, KafkaBrokerProcess.MAX_MESSAGE_BYTES);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < Topics.DEFAULT_PARTITIONS; p++) {
                partitions.add(new TopicPartition(Topics.DOCUMENTS_ANALYZED, p));
                partitions.add(new TopicPartition(Topics.DOCUMENTS_INGESTED, p));
                partitions.add(new TopicPartition(Topics.INDICATOR_EVENTS, p));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (!stopping) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    if (r.topic().equals(Topics.DOCUMENTS_INGESTED)) {
                        ingested.putIfAbsent(r.key(), now);
                        continue;
                    }
                    if (r.topic().equals(Topics.INDICATOR_EVENTS)) {
                        // keyed by target: the document is inside the event
                        String documentId = JsonFields.text(r.value(), "indicator", "documentId");
                        if (documentId != null) {
                            indicatorEvents.putIfAbsent(documentId, now);
                        }
                        continue;
                    }
                    // the key is the document id; the value carries the document's cleaned text, so read only
                    // the two fields needed instead of the whole tree
                    String outcome = JsonFields.text(r.value(), "outcome");
                    if (r.key() != null && outcome != null) {
                        String indicators = JsonFields.text(r.value(), "counts", "indicators");
                        outcomes.putIfAbsent(r.key(), new Outcome(now, outcome,
                                indicators == null ? 0 : Integer.parseInt(indicators)));
                    }
                }
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                System.err.println("outcome follower stopped: " + e);
            }
        }
    }

    /** A probe event straight onto the indicator topic, seen on our stream: the fan-out path is live. */
    private void awaitStreamLive(SseRecorder sse) throws Exception {
        String probe = "bench-probe-" + run;
        IndicatorV1 indicator = new IndicatorV1(probe + "-1", probe, "探针指标", BigDecimal.ONE, "个", "actual", null,
                null, null, 2025, "探针。", 0, 1, "other", 1.0, null, null, null);
        IndicatorEventV1 event = new IndicatorEventV1(EventIds.newId(), IndicatorEventV1.SCHEMA_VERSION,
                IndicatorEventV1.Type.ADDED, "probe|探针指标|2025", "探针指标", indicator, Instant.now());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap()), new StringSerializer(), new ByteArraySerializer())) {
            while (sse.firstEvent(probe) == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the gateway's SSE stream shows no probe event within 90 s");
                }
                producer.send(new ProducerRecord<>(Topics.INDICATOR_EVENTS, event.targetKey(), EventJson.toBytes(event))).get();
                Thread.sleep(2000);
            }
        }
    }

    private void startStack() throws IOException {
        System.out.println("starting PostgreSQL, Kafka and the services; logs in " + work.resolve("logs"));
        // the JVM options of ./plantrack up; a snapshot of each packaged service, so a rebuild during the run does
        // not change the jars under a running JVM
        String given = System.getProperty("plantrack.bench.jvm");
        ServiceJvmOptions jvm = given == null ? ServiceJvmOptions.defaults()
                : ServiceJvmOptions.same(List.of(given.trim().split("\\s+")));
        stack = LocalStack.builder(root, work).jvmOptions(jvm).startup(Duration.ofMinutes(5)).snapshotApps().start();
        for (ServiceProcess service : stack.services()) {
            processes.put(service.name(), new ProcessStats(service.name(), service.pid(), false));
        }
        processes.put("kafka", new ProcessStats("kafka", pidFrom(stack.kafka().pidFile()), false));
        processes.put("postgresql", new ProcessStats("postgresql",
                pidFrom(stack.postgres().dataDir().resolve("postmaster.pid")), true));
        processes.put("load generator", new ProcessStats("load generator", ProcessHandle.current().pid(), false));
        gateway = stack.gatewayUrl();
    }

    private static long pidFrom(Path file) throws IOException {
        return Long.parseLong(Files.readAllLines(file).get(0).trim());
    }

    private String pidList() {
        StringBuilder out = new StringBuilder();
        processes.forEach((name, p) -> out.append(name).append('=').append(p.pid()).append(' '));
        return out.toString().trim();
    }

    private synchronized void stopStack() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (rawRate > 0) {
            System.out.printf("raw Kafka: %.0f msgs/s, p50 %.0f ms%n", rawRate, rawP50);
        }
        if (stack != null) {
            stack.close();
        }
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
