package org.plantrack.fault;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One scenario: uploads a batch through the gateway at a steady pace, injects faults when given documents are
 * reached (on a separate thread, so uploads go on meanwhile), then polls until every accepted document is in a
 * final state with exactly its expected indicators, and classifies each one.
 */
final class ScenarioRun {

    interface Action {
        void run() throws Exception;
    }

    private record Step(int index, String what, Action action, boolean afterPrevious) {
    }

    enum Verdict { COMPLETED, FAILED_AS_EXPECTED, LOST, DUPLICATED, WRONG }

    private final String name;
    private final Api api;
    private final List<Batch.Doc> docs;
    private final Path summaryFile;
    private Duration pacing = Duration.ofMillis(150);
    private final List<Step> steps = new ArrayList<>();

    final List<Batch.Doc> accepted = new ArrayList<>();
    final List<Batch.Doc> refused = new ArrayList<>();
    /**
     * Refused with 503 {@code commit-outcome-unknown}: the connection went during the COMMIT, which the server may
     * have completed. Such a document may be stored; retried, it must be answered 200 with the same id.
     */
    final Set<Batch.Doc> outcomeUnknown = new HashSet<>();
    private int storedDespiteUnknownOutcome;
    /** Answered with another 5xx (or no answer at all): not acknowledged either, retried like the refused ones. */
    final Map<Batch.Doc, Api.Reply> otherServerErrors = new LinkedHashMap<>();
    private int acceptedOnRetry;
    private String topicRecords = "";
    final Map<Batch.Doc, Api.Reply> unexpectedReplies = new LinkedHashMap<>();
    final Map<Batch.Doc, Verdict> verdicts = new LinkedHashMap<>();
    final Map<Batch.Doc, String> details = new LinkedHashMap<>();
    private long startedAt;
    private double uploadSeconds;
    private double finalSeconds;

    ScenarioRun(String name, Api api, List<Batch.Doc> docs, Path summaryFile) {
        this.name = name;
        this.api = api;
        this.docs = docs;
        this.summaryFile = summaryFile;
    }

    ScenarioRun pacing(Duration pause) {
        this.pacing = pause;
        return this;
    }

    /** Runs {@code action} in the background when document {@code index} is about to be uploaded. */
    ScenarioRun at(int index, String what, Action action) {
        steps.add(new Step(index, what, action, false));
        return this;
    }

    /** Like {@link #at}, but uploads pause until the earlier faults have finished (keeps the order of events). */
    ScenarioRun atAfterPrevious(int index, String what, Action action) {
        steps.add(new Step(index, what, action, true));
        return this;
    }

    /** Uploads the batch with its faults; returns when every fault action has finished. */
    ScenarioRun upload() throws Exception {
        startedAt = System.nanoTime();
        ExecutorService faults = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fault-" + name);
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> running = new ArrayList<>();
        try {
            for (Batch.Doc doc : docs) {
                for (Step step : steps) {
                    if (step.index() != doc.index()) {
                        continue;
                    }
                    if (step.afterPrevious()) {
                        for (Future<?> f : running) {
                            f.get(10, TimeUnit.MINUTES);
                        }
                    }
                    log("at document " + doc.index() + ": " + step.what());
                    running.add(faults.submit(() -> {
                        step.action().run();
                        log("done: " + step.what());
                        return null;
                    }));
                }
                send(doc);
                Thread.sleep(pacing.toMillis());
            }
            uploadSeconds = seconds();
            for (Future<?> f : running) {
                f.get(10, TimeUnit.MINUTES); // a fault that could not be injected or undone fails the scenario
            }
        } finally {
            faults.shutdownNow();
        }
        return this;
    }

    private void send(Batch.Doc doc) {
        Api.Reply reply = api.upload(doc.content(), doc.fileName());
        if (reply.status() == 202 && doc.id().equals(reply.json().path("id").asText())) {
            accepted.add(doc);
        } else if (reply.status() == 503 && reply.contentType().startsWith("application/problem+json")
                && reply.json().path("status").asInt() == 503 && !reply.json().path("detail").asText().isBlank()) {
            refused.add(doc);
            if (reply.json().path("type").asText().endsWith("/commit-outcome-unknown")) {
                outcomeUnknown.add(doc);
            }
        } else if (reply.status() >= 500 || reply.status() == -1) {
            otherServerErrors.put(doc, reply);
        } else {
            unexpectedReplies.put(doc, reply);
        }
    }

    /**
     * Documents refused with 503 are sent again once the outage is over, as a client would: they must not be known
     * (404 first, then 202 "created", never 200 "already stored" - nothing was half-stored). The one exception is a
     * refusal that said the commit's outcome is unknown: that document may be stored, and then the retry must answer
     * 200 with its id (stored once, never twice).
     */
    void retryRefused() {
        List<Batch.Doc> notAcknowledged = new ArrayList<>(refused);
        notAcknowledged.addAll(otherServerErrors.keySet());
        for (Batch.Doc doc : notAcknowledged) {
            Api.Reply before = api.document(doc.id());
            boolean mayBeStored = outcomeUnknown.contains(doc) && before.status() == 200;
            if (before.status() != 404 && !mayBeStored) {
                unexpectedReplies.put(doc, new Api.Reply(before.status(), before.contentType(),
                        "after the outage, GET of a document whose upload was not acknowledged: " + before.body()));
                continue;
            }
            Api.Reply reply = api.upload(doc.content(), doc.fileName());
            int expected = mayBeStored ? 200 : 202;
            if (reply.status() == expected && doc.id().equals(reply.json().path("id").asText())) {
                accepted.add(doc);
                acceptedOnRetry++;
                if (mayBeStored) {
                    storedDespiteUnknownOutcome++;
                }
            } else {
                unexpectedReplies.put(doc, new Api.Reply(reply.status(), reply.contentType(),
                        "retried after the outage (expected " + expected + "): " + reply.body()));
            }
        }
    }

    /** Polls every accepted document until it is final with its indicators, or the deadline passes. */
    ScenarioRun awaitFinal(Duration deadline) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        List<Batch.Doc> pending = new ArrayList<>(accepted);
        Map<Batch.Doc, String> lastSeen = new HashMap<>();
        while (!pending.isEmpty() && System.nanoTime() < end) {
            for (Batch.Doc doc : List.copyOf(pending)) {
                Verdict verdict = check(doc, lastSeen, false);
                if (verdict != null) {
                    verdicts.put(doc, verdict);
                    pending.remove(doc);
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        for (Batch.Doc doc : pending) {
            verdicts.put(doc, check(doc, lastSeen, true));
        }
        finalSeconds = seconds();
        // a late redelivery could still add a second copy: look at every completed document once more
        Thread.sleep(3000);
        for (Map.Entry<Batch.Doc, Verdict> e : verdicts.entrySet()) {
            if (e.getValue() == Verdict.COMPLETED) {
                Verdict again = check(e.getKey(), lastSeen, true);
                if (again != Verdict.COMPLETED) {
                    e.setValue(again);
                }
            }
        }
        return this;
    }

    /** A verdict, or null while the document is not final yet (always a verdict when {@code last}). */
    private Verdict check(Batch.Doc doc, Map<Batch.Doc, String> lastSeen, boolean last) {
        Api.Reply reply = api.document(doc.id());
        if (reply.status() != 200) {
            lastSeen.put(doc, "GET document " + reply.status() + ": " + reply.body());
            return last ? lost(doc, "never readable: " + lastSeen.get(doc)) : null;
        }
        JsonNode document = reply.json();
        String state = document.path("state").asText();
        String reason = document.path("failureReason").asText("");
        lastSeen.put(doc, "state " + state + (reason.isBlank() ? "" : " (" + reason + ")"));
        if (doc.poison()) {
            if (state.equals("FAILED") && !reason.isBlank()) {
                List<JsonNode> stored = api.indicators(doc.id());
                if (stored != null && !stored.isEmpty()) {
                    details.put(doc, "FAILED but " + stored.size() + " indicators stored");
                    return Verdict.WRONG;
                }
                details.put(doc, "FAILED: " + reason);
                return Verdict.FAILED_AS_EXPECTED;
            }
            if (state.equals("ANALYZED")) {
                details.put(doc, "poison document ended ANALYZED");
                return Verdict.WRONG;
            }
            return last ? lost(doc, "stuck in " + state) : null;
        }
        if (state.equals("FAILED")) {
            details.put(doc, "FAILED unexpectedly: " + reason);
            return Verdict.WRONG;
        }
        if (!state.equals("ANALYZED")) {
            return last ? lost(doc, "stuck in " + state) : null;
        }
        List<JsonNode> stored = api.indicators(doc.id());
        if (stored == null) {
            return last ? lost(doc, "indicators not readable") : null;
        }
        Comparison c = Comparison.of(doc.expected(), stored);
        if (c.exact()) {
            return Verdict.COMPLETED;
        }
        if (!last && c.duplicated() == 0 && c.unexpected() == 0) {
            return null; // ANALYZED in ingest-service, target-service still storing the set
        }
        details.put(doc, c.describe());
        if (c.duplicated() > 0) {
            return Verdict.DUPLICATED;
        }
        return c.missing() > 0 && c.unexpected() == 0 ? Verdict.LOST : Verdict.WRONG;
    }

    private Verdict lost(Batch.Doc doc, String why) {
        details.put(doc, why);
        return Verdict.LOST;
    }

    /**
     * Counts the records of this batch on the pipeline's topics: more than one per document means work was done
     * twice somewhere (and the verdicts above show it changed nothing).
     */
    ScenarioRun countRecords(String bootstrap) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        accepted.forEach(d -> ids.add(d.id()));
        StringBuilder text = new StringBuilder();
        for (String topic : List.of(org.plantrack.events.Topics.DOCUMENTS_INGESTED,
                org.plantrack.events.Topics.INDICATORS_EXTRACTED, org.plantrack.events.Topics.DOCUMENTS_ANALYZED)) {
            Map<String, Integer> perKey = TopicCounts.perKey(bootstrap, topic, ids);
            int records = perKey.values().stream().mapToInt(Integer::intValue).sum();
            long twice = perKey.values().stream().filter(n -> n > 1).count();
            text.append(text.isEmpty() ? "" : ", ").append(topic.replace("plantrack.", "").replace(".v1", ""))
                    .append(' ').append(records).append(" (").append(twice).append(" docs more than once)");
        }
        topicRecords = text.toString();
        return this;
    }

    long count(Verdict verdict) {
        return verdicts.values().stream().filter(v -> v == verdict).count();
    }

    String summary() {
        return String.format("%s: sent %d, accepted %d (%d of them on retry after the outage), refused with 503 %d"
                        + " (%d saying the commit's outcome was unknown, %d of those stored after all),"
                        + " completed %d, failed as expected %d, lost %d, duplicated %d, wrong %d,"
                        + " other 5xx %d, unexpected replies %d (uploads %.1f s, all final %.1f s)",
                name, docs.size(), accepted.size(), acceptedOnRetry, refused.size(), outcomeUnknown.size(),
                storedDespiteUnknownOutcome, count(Verdict.COMPLETED),
                count(Verdict.FAILED_AS_EXPECTED), count(Verdict.LOST), count(Verdict.DUPLICATED),
                count(Verdict.WRONG), otherServerErrors.size(), unexpectedReplies.size(), uploadSeconds, finalSeconds);
    }

    /** Prints the summary (and what went wrong, per document) and appends it to the run's summary file. */
    String report() {
        StringBuilder out = new StringBuilder("[fault-tests] ").append(summary()).append('\n');
        if (!topicRecords.isEmpty()) {
            out.append("    records on the topics for the accepted documents: ").append(topicRecords).append('\n');
        }
        Map<Integer, String> problems = new TreeMap<>();
        verdicts.forEach((doc, v) -> {
            if (v != Verdict.COMPLETED) {
                problems.put(doc.index(), v + " " + doc.id() + " " + doc.fileName() + ": " + details.get(doc));
            }
        });
        otherServerErrors.forEach((doc, r) -> problems.merge(doc.index(), "upload answered " + r.status() + " for "
                + doc.fileName() + ": " + abbreviate(r.body()), (a, b) -> a + "; " + b));
        unexpectedReplies.forEach((doc, r) -> problems.merge(doc.index(), "reply " + r.status() + " for "
                + doc.fileName() + ": " + abbreviate(r.body()), (a, b) -> a + "; " + b));
        problems.values().forEach(p -> out.append("    ").append(p).append('\n'));
        String text = out.toString();
        System.out.print(text);
        try {
            Files.writeString(summaryFile, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("could not write " + summaryFile + ": " + e);
        }
        return text;
    }

    private void log(String message) {
        System.out.printf("[fault-tests] %s +%.1f s: %s%n", name, seconds(), message);
    }

    private double seconds() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /** Expected and stored indicator sets compared as multisets (and stored ids checked for repeats). */
    record Comparison(int missing, int duplicated, int unexpected, String describe) {

        boolean exact() {
            return missing == 0 && duplicated == 0 && unexpected == 0;
        }

        static Comparison of(List<IndicatorKey> expected, List<JsonNode> stored) {
            Map<IndicatorKey, Integer> want = counts(expected);
            Map<IndicatorKey, Integer> have = counts(stored.stream().map(IndicatorKey::of).toList());
            int missing = 0;
            int duplicated = 0;
            int unexpected = 0;
            StringBuilder text = new StringBuilder();
            for (Map.Entry<IndicatorKey, Integer> e : want.entrySet()) {
                int got = have.getOrDefault(e.getKey(), 0);
                if (got < e.getValue()) {
                    missing += e.getValue() - got;
                    text.append(" missing ").append(e.getKey());
                } else if (got > e.getValue()) {
                    duplicated += got - e.getValue();
                    text.append(" ").append(got).append("x ").append(e.getKey());
                }
            }
            for (Map.Entry<IndicatorKey, Integer> e : have.entrySet()) {
                if (!want.containsKey(e.getKey())) {
                    unexpected += e.getValue();
                    text.append(" unexpected ").append(e.getKey());
                }
            }
            Map<String, Integer> ids = counts(stored.stream().map(i -> i.path("id").asText()).toList());
            for (Map.Entry<String, Integer> e : ids.entrySet()) {
                if (e.getValue() > 1) {
                    duplicated += e.getValue() - 1;
                    text.append(" id ").append(e.getKey()).append(" stored ").append(e.getValue()).append(" times");
                }
            }
            return new Comparison(missing, duplicated, unexpected,
                    "expected " + expected.size() + ", stored " + stored.size() + ":" + text);
        }

        private static <T> Map<T, Integer> counts(List<T> items) {
            Map<T, Integer> counts = new HashMap<>();
            items.forEach(i -> counts.merge(i, 1, Integer::sum));
            return counts;
        }
    }
}
