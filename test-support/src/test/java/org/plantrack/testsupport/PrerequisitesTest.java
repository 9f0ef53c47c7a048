package org.plantrack.testsupport;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrerequisitesTest {

    @Test
    void aPresentPrerequisiteLetsTheTestRunInCiAndElsewhere() {
        assertThatCode(() -> Prerequisites.require(true, "dclint", true)).doesNotThrowAnyException();
        assertThatCode(() -> Prerequisites.require(true, "dclint", false)).doesNotThrowAnyException();
    }

    @Test
    void aMissingPrerequisiteFailsACiRun() {
        assertThatThrownBy(() -> Prerequisites.require(false, "dclint (npm ci --prefix .ci)", true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CI=true")
                .hasMessageContaining("dclint (npm ci --prefix .ci)");
    }

    @Test
    void aMissingPrerequisiteSkipsADevelopersRunWithTheFix() {
        assertThatThrownBy(() -> Prerequisites.require(false, "dclint (npm ci --prefix .ci)", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("dclint (npm ci --prefix .ci)");
    }

    @Test
    void aMissingSharedFolderIsNamedWithWhereItWasLookedFor() {
        String previous = System.getProperty("plantrack.shared.dir");
        System.setProperty("plantrack.shared.dir", "/nonexistent/plantrack-shared");
        try {
            // whichever way this run goes (CI or not), the missing folder must stop the test, never let it pass
            assertThatThrownBy(() -> SharedData.require("seeds"))
                    .satisfiesAnyOf(
                            e -> assertThat(e).isInstanceOf(AssertionError.class),
                            e -> assertThat(e).isInstanceOf(TestAbortedException.class))
                    .hasMessageContaining("seeds under /nonexistent/plantrack-shared");
        } finally {
            if (previous == null) {
                System.clearProperty("plantrack.shared.dir");
            } else {
                System.setProperty("plantrack.shared.dir", previous);
            }
        }
    }
}
