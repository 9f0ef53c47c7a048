package org.plantrack.devinfra;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The launcher's own log: one timestamped line per event, on the console and (once {@link #toFile} was called)
 * appended to a file, so a restart that happened while nobody watched the terminal is still on record.
 */
public final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static volatile Path file;
    private static volatile PrintStream console = System.out;

    public static void toFile(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create log directory for " + logFile, e);
        }
        file = logFile;
    }

    public static synchronized void info(String message) {
        String line = TIME.format(LocalTime.now()) + " [plantrack] " + message;
        console.println(line);
        console.flush();
        Path target = file;
        if (target != null) {
            try {
                Files.writeString(target, line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                console.println("(could not write launcher log " + target + ": " + e.getMessage() + ")");
            }
        }
    }

    private Log() {
    }
}
