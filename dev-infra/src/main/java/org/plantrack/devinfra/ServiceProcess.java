package org.plantrack.devinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One service as a child process: started with its own environment, output appended to a log file, "ready" when
 * its health URL answers 200 with status UP. When supervised, an unexpected exit is logged ("restarting
 * &lt;name&gt; (exit code N)") and the process is started again after a growing back-off, like a container
 * restart policy would.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** A process that ran this long is considered healthy again: the back-off starts over. */
    private static final Duration STABLE_AFTER = Duration.ofSeconds(60);
    /** A service that crashes this often while starting will not come up by itself: give up waiting. */
    private static final int MAX_RESTARTS_BEFORE_READY = 3;

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workDir;
    private final Path logFile;
    private final URI healthUri;
    private final boolean detach;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Process process;
    private volatile boolean stopping;
    private volatile int restarts;
    private Thread supervisor;

    public ServiceProcess(String name, List<String> command, Map<String, String> environment, Path workDir,
                          Path logFile, URI healthUri, boolean detach) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workDir = workDir.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
        this.healthUri = healthUri;
        this.detach = detach;
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public Path pidFile() {
        return logFile.resolveSibling(name + ".pid");
    }

    /** How often the supervisor restarted this service. */
    public int restarts() {
        return restarts;
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized void start() {
        stopping = false;
        try {
            Files.createDirectories(logFile.getParent());
            ChildProcesses.killStale(pidFile(), String.join(" ", command.subList(Math.max(0, command.size() - 1), command.size())));
            ProcessBuilder builder = new ProcessBuilder(ChildProcesses.command(detach, command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            ChildProcesses.writePid(pidFile(), process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Polls the health URL until it reports UP; fails early when the (unsupervised) process exits. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (isReady()) {
                return;
            }
            Process current;
            synchronized (this) {
                current = process;
            }
            if (supervisor == null && current != null && !current.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + current.exitValue()
                        + " before it was ready; last lines of " + logFile + ":\n" + ChildProcesses.tail(logFile, 60));
            }
            if (restarts >= MAX_RESTARTS_BEFORE_READY) {
                throw new IllegalStateException(name + " keeps exiting (" + restarts + " restarts) before it is ready;"
                        + " last lines of " + logFile + ":\n" + ChildProcesses.tail(logFile, 60));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not ready within " + timeout + " (" + healthUri
                        + "); last lines of " + logFile + ":\n" + ChildProcesses.tail(logFile, 60));
            }
            sleep(500);
        }
    }

    /** One health probe: 200 and a body reporting UP. */
    public boolean isReady() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(healthUri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts watching the process: restarts it whenever it exits while we did not ask it to. */
    public synchronized void supervise() {
        if (supervisor != null) {
            return;
        }
        supervisor = new Thread(this::superviseLoop, "supervise-" + name);
        supervisor.setDaemon(true);
        supervisor.start();
    }

    private void superviseLoop() {
        Duration backoff = FIRST_BACKOFF;
        while (!stopping) {
            Process current;
            synchronized (this) {
                current = process;
            }
            long startedAt = System.nanoTime();
            int exitCode;
            try {
                exitCode = current.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            if (stopping) {
                return;
            }
            if (Duration.ofNanos(System.nanoTime() - startedAt).compareTo(STABLE_AFTER) > 0) {
                backoff = FIRST_BACKOFF;
            }
            Log.info("restarting " + name + " (exit code " + exitCode + ") in " + backoff.toMillis() + " ms; log: " + logFile);
            sleep(backoff.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            synchronized (this) {
                if (stopping) {
                    return;
                }
                try {
                    start();
                    restarts++;
                } catch (RuntimeException e) {
                    Log.info("could not restart " + name + ": " + e.getMessage());
                    continue;
                }
            }
            watchReadiness();
        }
    }

    /** Tells the launcher's log when a restarted service is ready again (without holding up supervision). */
    private void watchReadiness() {
        Thread watcher = new Thread(() -> {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!stopping && isAlive() && System.nanoTime() < deadline) {
                if (isReady()) {
                    Log.info(name + " is ready again");
                    return;
                }
                sleep(500);
            }
        }, "ready-" + name);
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Stops supervision first (so the exit is not mistaken for a crash), then the process, gracefully. */
    public void stop() {
        Process current;
        synchronized (this) {
            stopping = true;
            current = process;
        }
        if (supervisor != null) {
            supervisor.interrupt();
        }
        if (current != null) {
            ChildProcesses.terminate(current, Duration.ofSeconds(20));
        }
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException ignored) {
            // checked against the command line before any later use
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
