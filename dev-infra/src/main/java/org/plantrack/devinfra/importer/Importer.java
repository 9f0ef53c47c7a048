package org.plantrack.devinfra.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends files through the gateway and follows each document to ANALYZED or FAILED. At most {@code concurrency} files
 * are read and uploaded at once (the bound protects the gateway and ingest-service, not the analysis, which queues on
 * Kafka anyway); the main thread polls the state of every document sent so far. A file whose bytes the gateway already
 * holds is not sent again: its id follows from the bytes (see {@link DocumentHash}), so one key-free read answers
 * whether it is there, and its state is followed like an upload's.
 */
public class Importer {

    private final GatewayClient gateway;
    private final String region;
    private final int concurrency;
    private final Duration timeout;
    private final Duration pollInterval;

    public Importer(GatewayClient gateway, String region, int concurrency, Duration timeout, Duration pollInterval) {
        this.gateway = gateway;
        this.region = region;
        this.concurrency = concurrency;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    /** A document sent (or found) whose analysis has not ended yet. */
    private record Pending(Path file, String documentId, boolean uploaded, long sinceNanos) {
    }

    /** The outcome of every file, in the order of {@code files}. */
    public List<FileOutcome> run(List<Path> files, Progress progress) {
        Map<Path, Integer> order = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            order.put(files.get(i), i);
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        ConcurrentLinkedQueue<Object> arrivals = new ConcurrentLinkedQueue<>();
        AtomicReference<ImportException> fatal = new AtomicReference<>();
        AtomicInteger sending = new AtomicInteger(files.size());
        ExecutorService senders = Executors.newFixedThreadPool(Math.max(1, concurrency), daemon());
        try {
            for (Path file : files) {
                senders.execute(() -> {
                    try {
                        if (fatal.get() == null) {
                            arrivals.add(send(file));
                        }
                    } catch (ImportException e) {
                        fatal.compareAndSet(null, e);
                    } finally {
                        sending.decrementAndGet();
                    }
                });
            }
            List<Pending> watching = new ArrayList<>();
            while (sending.get() > 0 || !arrivals.isEmpty() || !watching.isEmpty()) {
                if (fatal.get() != null) {
                    throw fatal.get();
                }
                for (Object arrival; (arrival = arrivals.poll()) != null; ) {
                    if (arrival instanceof FileOutcome outcome) {
                        finish(outcome, outcomes, progress);
                    } else {
                        watching.add((Pending) arrival);
                    }
                }
                poll(watching, outcomes, progress);
                if (sending.get() > 0 || !watching.isEmpty()) {
                    sleep(pollInterval);
                }
            }
            if (fatal.get() != null) {
                throw fatal.get();
            }
        } finally {
            senders.shutdownNow();
            progress.close();
        }
        outcomes.sort(Comparator.comparing(outcome -> order.getOrDefault(outcome.file(), Integer.MAX_VALUE)));
        return outcomes;
    }

    /** Reads one file and uploads it unless the gateway already holds it: a final outcome, or a document to follow. */
    private Object send(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return FileOutcome.error(file, null, "cannot read the file: " + describe(e));
        }
        String documentId = DocumentHash.documentId(bytes);
        try {
            Optional<DocumentStatus> existing = gateway.find(documentId);
            if (existing.isPresent()) {
                return new Pending(file, documentId, false, System.nanoTime());
            }
            DocumentStatus stored = gateway.upload(file.getFileName().toString(), bytes, region);
            return new Pending(file, stored.id() == null ? documentId : stored.id(), true, System.nanoTime());
        } catch (GatewayClient.RefusedException e) {
            return FileOutcome.error(file, documentId, e.getMessage());
        }
    }

    private void poll(List<Pending> watching, List<FileOutcome> outcomes, Progress progress) {
        for (Iterator<Pending> it = watching.iterator(); it.hasNext(); ) {
            Pending pending = it.next();
            FileOutcome outcome;
            try {
                outcome = gateway.find(pending.documentId())
                        .filter(DocumentStatus::isTerminal)
                        .map(status -> new FileOutcome(pending.file(), pending.documentId(), pending.uploaded(),
                                status.state(), status.indicators(), status.failureReason()))
                        .orElse(null);
            } catch (GatewayClient.RefusedException e) {
                outcome = null; // a passing read error: the timeout decides if it lasts
            }
            if (outcome == null && System.nanoTime() - pending.sinceNanos() > timeout.toNanos()) {
                outcome = new FileOutcome(pending.file(), pending.documentId(), pending.uploaded(),
                        FileOutcome.TIMED_OUT, null, "not ANALYZED or FAILED within " + timeout);
            }
            if (outcome != null) {
                it.remove();
                finish(outcome, outcomes, progress);
            }
        }
    }

    private static void finish(FileOutcome outcome, List<FileOutcome> outcomes, Progress progress) {
        outcomes.add(outcome);
        progress.finished(outcome, System.nanoTime());
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("interrupted");
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "import-upload");
            thread.setDaemon(true);
            return thread;
        };
    }
}
