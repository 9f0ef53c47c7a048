package org.plantrack.devinfra.importer;

/** A problem that stops the whole import (wrong URL, rejected key, unreadable directory), with a message for the user. */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }
}
