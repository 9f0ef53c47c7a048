package org.plantrack.devinfra.importer;

import java.util.ArrayList;
import java.util.List;

/** The closing table of an import and the exit code it implies. */
public final class SummaryTable {

    /** Every document ANALYZED. */
    public static final int ALL_ANALYZED = 0;
    /** At least one file failed, timed out or was refused. */
    public static final int SOME_FAILED = 1;

    private static final List<String> HEADER = List.of("FILE", "DOCUMENT", "UPLOAD", "STATE", "INDICATORS", "REASON");

    public static int exitCode(List<FileOutcome> outcomes) {
        return outcomes.stream().allMatch(FileOutcome::succeeded) ? ALL_ANALYZED : SOME_FAILED;
    }

    public static String render(List<FileOutcome> outcomes) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (FileOutcome outcome : outcomes) {
            rows.add(List.of(outcome.file().toString(), orDash(outcome.documentId()),
                    outcome.uploaded() ? "uploaded" : outcome.documentId() == null || FileOutcome.ERROR.equals(
                            outcome.state()) ? "-" : "already there",
                    outcome.state(), outcome.indicators() == null ? "-" : outcome.indicators().toString(),
                    outcome.reason() == null ? "" : oneLine(outcome.reason())));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
                }
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        long analyzed = outcomes.stream().filter(FileOutcome::succeeded).count();
        long uploaded = outcomes.stream().filter(FileOutcome::uploaded).count();
        table.append(outcomes.size()).append(" files: ").append(uploaded).append(" uploaded, ")
                .append(outcomes.size() - uploaded).append(" not uploaded (already there or unreadable); ")
                .append(analyzed).append(" analyzed, ").append(outcomes.size() - analyzed).append(" failed\n");
        return table.toString();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
    }

    private SummaryTable() {
    }
}
