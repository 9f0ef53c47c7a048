package org.plantrack.devinfra.importer;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTableTest {

    private static final FileOutcome ANALYZED = new FileOutcome(Path.of("docs/plan.txt"),
            "ba7816bf8f01cfea414140de5dae2223", true, FileOutcome.ANALYZED, 12, null);
    private static final FileOutcome SKIPPED = new FileOutcome(Path.of("docs/old.html"),
            "0123456789abcdef0123456789abcdef", false, FileOutcome.ANALYZED, 3, null);

    @Test
    void exitCodeIsZeroOnlyWhenEveryDocumentIsAnalyzed() {
        assertThat(SummaryTable.exitCode(List.of(ANALYZED, SKIPPED))).isZero();
        for (String state : List.of(FileOutcome.FAILED, FileOutcome.TIMED_OUT, FileOutcome.ERROR)) {
            FileOutcome bad = new FileOutcome(Path.of("docs/bad.txt"), null, false, state, null, "why");
            assertThat(SummaryTable.exitCode(List.of(ANALYZED, bad))).as(state).isEqualTo(1);
        }
    }

    @Test
    void tableListsEveryFileWithIdStateIndicatorsAndTheFailureReason() {
        FileOutcome failed = new FileOutcome(Path.of("docs/scan.pdf"), "fedcba9876543210fedcba9876543210", true,
                FileOutcome.FAILED, null, "the PDF has no text layer\n(a scanned image)");

        String table = SummaryTable.render(List.of(ANALYZED, SKIPPED, failed));

        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).startsWith("FILE").contains("DOCUMENT", "STATE", "INDICATORS", "REASON");
        assertThat(lines.get(1)).contains("docs/plan.txt", "ba7816bf8f01cfea414140de5dae2223", "uploaded",
                "ANALYZED", "12");
        assertThat(lines.get(2)).contains("docs/old.html", "already there", "3");
        assertThat(lines.get(3)).contains("FAILED", "-", "the PDF has no text layer (a scanned image)");
        // columns line up: every row has its state where the header has STATE
        int stateColumn = lines.get(0).indexOf("STATE");
        assertThat(lines.get(1).substring(stateColumn)).startsWith("ANALYZED");
        assertThat(lines.get(3).substring(stateColumn)).startsWith("FAILED");
        assertThat(lines.get(4)).isEqualTo("3 files: 2 uploaded, 1 not uploaded (already there or unreadable); "
                + "2 analyzed, 1 failed");
    }
}
