package org.plantrack.devinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Small helpers for the child processes the launcher owns. */
public final class ChildProcesses {

    private static final Path SETSID = findSetsid();

    /** The java executable of the running JVM, so children run on the same JDK as the launcher. */
    public static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Prefixes {@code setsid} when asked to detach: a child in its own session does not get the terminal's
     * Ctrl-C, so the launcher can stop the services first, then Kafka, then PostgreSQL, in that order.
     */
    public static List<String> command(boolean detach, List<String> command) {
        List<String> full = new ArrayList<>();
        if (detach && SETSID != null) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        return full;
    }

    /** SIGTERM (graceful), then SIGKILL after the grace period. Returns the exit code, or -1 if unknown. */
    public static int terminate(Process process, Duration grace) {
        if (!process.isAlive()) {
            return process.exitValue();
        }
        process.destroy();
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            return process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    /** Kills a process left over from an earlier run (recorded in a pid file) if it still runs {@code marker}. */
    public static void killStale(Path pidFile, String marker) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && handle.get().isAlive() && commandLine(handle.get()).contains(marker)) {
                Log.info("stopping leftover process " + pid + " from an earlier run (" + marker + ")");
                handle.get().destroy();
                try {
                    handle.get().onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    handle.get().destroyForcibly();
                    handle.get().onExit().get(10, TimeUnit.SECONDS);
                }
            }
            Files.deleteIfExists(pidFile);
        } catch (Exception e) {
            Log.info("could not check pid file " + pidFile + ": " + e.getMessage());
        }
    }

    /**
     * The full command line. The JDK's {@code ProcessHandle.Info.commandLine()} stops at 4096 characters on Linux,
     * which cuts the Kafka broker's (its classpath alone is longer) before the main class: read /proc instead.
     */
    static String commandLine(ProcessHandle process) {
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return new String(Files.readAllBytes(cmdline), java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
            }
        } catch (java.io.IOException e) {
            // the process is gone or not ours: fall back
        }
        return process.info().commandLine().orElse("");
    }

    public static void writePid(Path pidFile, Process process) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (Exception e) {
            Log.info("could not write pid file " + pidFile + ": " + e.getMessage());
        }
    }

    /** The last lines of a log file, for error messages. */
    public static String tail(Path file, int lines) {
        try {
            // lossy decoding: a log may hold bytes that are not UTF-8, a tail must still come out
            List<String> all = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (Exception e) {
            return "(no log at " + file + ")";
        }
    }

    private static Path findSetsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }

    private ChildProcesses() {
    }
}
