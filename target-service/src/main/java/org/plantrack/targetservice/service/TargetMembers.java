package org.plantrack.targetservice.service;

import java.util.List;

/**
 * The indicators of one target as its summary sees them: the statement groups ({@link Statements}) and how many
 * indicators and documents there are.
 */
public record TargetMembers(List<Statements> statements, int indicators, int documents) {

    /** A target without indicators (it is removed). */
    public static final TargetMembers NONE = new TargetMembers(List.of(), 0, 0);
}
