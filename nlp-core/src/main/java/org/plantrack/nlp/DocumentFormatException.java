package org.plantrack.nlp;

/**
 * The document cannot be turned into text: an unsupported format, a scanned PDF without a text layer, a password,
 * a damaged file or one beyond the size limits. The message is written for the uploader (what is wrong and what
 * to do instead) and is meant to be shown as the document's failure reason as it is.
 */
public class DocumentFormatException extends RuntimeException {

    public DocumentFormatException(String message) {
        super(message);
    }

    public DocumentFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
