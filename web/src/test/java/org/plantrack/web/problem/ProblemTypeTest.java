package org.plantrack.web.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypeTest {

    @Test
    void everyTypeHasItsOwnUriUnderTheOneBase() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri)).doesNotHaveDuplicates()
                .allMatch(uri -> uri.startsWith("https://plantrack.org/problems/"));
        assertThat(ProblemType.DOCUMENT_NOT_FOUND.uri()).isEqualTo("https://plantrack.org/problems/document-not-found");
    }

    @Test
    void aBareStatusFindsItsHttpLevelType() {
        assertThat(ProblemType.forStatus(404)).contains(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(413)).contains(ProblemType.REQUEST_TOO_LARGE);
        assertThat(ProblemType.forStatus(415)).contains(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemType.forStatus(418)).isEmpty();
    }

    /** Clients read the list in docs/architecture.md: a type missing there is a type they cannot know. */
    @Test
    void everyTypeIsDocumentedForClients() throws IOException {
        String architecture = Files.readString(Path.of("../docs/architecture.md"));
        for (ProblemType type : ProblemType.values()) {
            assertThat(architecture).as("docs/architecture.md lists " + type.slug())
                    .contains("| `" + type.slug() + "` | " + type.status() + " |");
        }
    }
}
