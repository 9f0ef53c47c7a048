package org.plantrack.devinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server (zonky's embedded binaries) whose data directory is kept: initialised on first use,
 * reused afterwards, so documents and indicators survive a restart of the launcher.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    /**
     * Server settings on top of PostgreSQL's defaults. zonky starts a server for throw-away test databases: with
     * {@code -F} (fsync off) and {@code synchronous_commit=off}, so a crash of PostgreSQL or the machine could lose
     * documents the services had already accepted. This server keeps PlanTrack's data, so both are on again.
     * Checkpoints: the default 5 minutes / 1 GB of WAL meant one every 5 minutes under load (~60 KB of WAL per
     * document), after which every page touched again goes to the WAL in full once (full-page writes, kept on: they
     * protect against torn pages); 15 minutes / 2 GB make that rarer, at the price of a longer crash recovery.
     */
    static final Map<String, String> SERVER_SETTINGS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "checkpoint_timeout", "15min",
            "max_wal_size", "2GB");

    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private EmbeddedPostgres server;

    public EmbeddedPostgresServer(Path dataDir, Path logFile, int port) {
        this.dataDir = dataDir.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
        this.port = port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            stopStalePostmaster(dataDir);
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            SERVER_SETTINGS.forEach(builder::setServerConfig);
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDir
                    + "; last lines of " + logFile + ":\n" + ChildProcesses.tail(logFile, 30), e);
        }
    }

    /** {@code jdbc:postgresql://localhost:<port>/} - append a database name. */
    public String jdbcBaseUrl() {
        return "jdbc:postgresql://localhost:" + port + "/";
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            Log.info("stopping PostgreSQL failed: " + e.getMessage());
        } finally {
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * A launcher killed with SIGKILL leaves its postmaster running (pg_ctl puts it in its own session). It would
     * hold the data directory, so it is asked to shut down fast before we start a new one.
     */
    public static void stopStalePostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty() || !handle.get().isAlive()
                    || !handle.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
                return;
            }
            Log.info("stopping PostgreSQL " + pid + " left running by an earlier run");
            // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            handle.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            Log.info("could not stop the earlier PostgreSQL: " + e.getMessage());
        }
    }
}
