package org.plantrack.web.problem;

/**
 * A request a service refuses, or a state it must report, answered as application/problem+json with this type and
 * detail. The detail is shown to the client: it names the cause in the client's terms, never internals.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;

    public ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public Problem toProblem(String instance) {
        return Problem.of(type, getMessage(), instance);
    }
}
