package org.plantrack.catalogue;

/** Which way an indicator improves: what a plan's target or a mid-term review compares against. */
public enum Direction {
    /** A higher value is better (income, forest coverage). */
    HIGHER,
    /** A lower value is better (unemployment, energy intensity). */
    LOWER,
    /** Neither: a structure, price or count that plans steer rather than maximise. */
    NEUTRAL;

    static Direction parse(String code) {
        return switch (code) {
            case "higher" -> HIGHER;
            case "lower" -> LOWER;
            case "neutral" -> NEUTRAL;
            default -> throw new IllegalArgumentException("direction must be higher, lower or neutral: " + code);
        };
    }

    /** The lower-case code used in the data files and in JSON. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
