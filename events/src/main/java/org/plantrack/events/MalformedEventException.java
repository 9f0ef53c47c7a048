package org.plantrack.events;

/** A record on a topic that cannot be read as the event its topic promises: a poison message. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
