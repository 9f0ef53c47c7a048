package org.plantrack.nlp.format;

import java.util.List;

/**
 * Text taken out of a container format, before cleaning.
 *
 * @param text     the document's text, lines separated by \n; indicator offsets of such documents refer to it
 * @param encoding what the text was read from, reported where plain text reports its character encoding
 * @param notes    what extraction did, readable by a user ("extracted text from a 12-page PDF")
 * @param warnings problems left in place ("3 of 12 pages have no text layer")
 */
public record ExtractedText(String text, String encoding, List<String> notes, List<String> warnings) {
}
