package org.plantrack.loadbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and memory of one process (optionally with all its descendants, for PostgreSQL's backends), read from
 * /proc. CPU is utime+stime in clock ticks (USER_HZ, 100 on Linux). Memory is RSS for a single process; for a
 * process tree it is the sum of PSS, so shared buffers are not counted once per backend.
 */
final class ProcessStats {

    private static final double TICKS_PER_SECOND = 100.0;

    final String name;
    private final long pid;
    private final boolean withDescendants;
    private volatile long peakKb;

    ProcessStats(String name, long pid, boolean withDescendants) {
        this.name = name;
        this.pid = pid;
        this.withDescendants = withDescendants;
    }

    long pid() {
        return pid;
    }

    /** CPU seconds used so far. */
    double cpuSeconds() {
        long ticks = 0;
        for (long p : pids()) {
            ticks += ticks(p);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Memory now in kB (RSS, or summed PSS of the tree); also tracks the peak. */
    long memoryKb() {
        long kb = 0;
        if (withDescendants) {
            for (long p : pids()) {
                kb += field(Path.of("/proc", Long.toString(p), "smaps_rollup"), "Pss:");
            }
        } else {
            kb = field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
        }
        if (kb > peakKb) {
            peakKb = kb;
        }
        return kb;
    }

    long peakKb() {
        return peakKb;
    }

    void resetPeak() {
        peakKb = 0;
    }

    private List<Long> pids() {
        if (!withDescendants) {
            return List.of(pid);
        }
        Map<Long, List<Long>> children = new HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                String[] stat = stat(Long.parseLong(p.getFileName().toString()));
                if (stat != null) {
                    children.computeIfAbsent(Long.parseLong(stat[1]), k -> new ArrayList<>())
                            .add(Long.parseLong(p.getFileName().toString()));
                }
            });
        } catch (IOException e) {
            return List.of(pid);
        }
        List<Long> tree = new ArrayList<>();
        List<Long> queue = new ArrayList<>(List.of(pid));
        while (!queue.isEmpty()) {
            long next = queue.remove(queue.size() - 1);
            tree.add(next);
            queue.addAll(children.getOrDefault(next, List.of()));
        }
        return tree;
    }

    private static long ticks(long pid) {
        String[] stat = stat(pid);
        // fields after the command: state ppid ... utime is field 14, stime 15 (1-based); stat[0] is field 3
        return stat == null ? 0 : Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    }

    /** /proc/PID/stat after the command name (which may contain spaces): [state, ppid, ...]. */
    private static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static long field(Path file, String name) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(name)).findFirst()
                    .map(l -> Long.parseLong(l.substring(name.length()).trim().split("\\s+")[0])).orElse(0L);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
