package org.plantrack.testsupport;

import org.opentest4j.TestAbortedException;

/**
 * What a test needs from outside the repository (the shared documents, docker-compose, dclint, Chromium): on a
 * developer's machine a missing one skips the test with the fix in its message; in CI ({@code CI=true}, as .ci/run
 * sets it) it fails the run, because there a missing prerequisite is a broken setup, and a skipped quality test
 * would let a regression through green.
 *
 * <p>Only a test that needs a Docker engine may skip in CI (the CI machine has none); it uses JUnit's assumptions
 * directly and says why in its message.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /**
     * @param present whether the prerequisite is there
     * @param what    what is missing and how to get it, e.g. "dclint (npm ci --prefix .ci)"
     * @throws AssertionError        in CI, when it is missing
     * @throws TestAbortedException elsewhere, when it is missing: JUnit reports the test skipped with the message
     */
    public static void require(boolean present, String what) {
        require(present, what, inCi());
    }

    /** True when the environment says this is a CI run ({@code CI=true}, the convention of CI systems). */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static void require(boolean present, String what, boolean ci) {
        if (present) {
            return;
        }
        if (ci) {
            throw new AssertionError("missing prerequisite, required under CI=true: " + what);
        }
        throw new TestAbortedException("skipped, missing prerequisite (a CI run fails here): " + what);
    }
}
