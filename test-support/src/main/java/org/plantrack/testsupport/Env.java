package org.plantrack.testsupport;

final class Env {

    /** A system property wins over the environment variable, so one test run can override the shell. */
    static String get(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value;
    }

    private Env() {
    }
}
