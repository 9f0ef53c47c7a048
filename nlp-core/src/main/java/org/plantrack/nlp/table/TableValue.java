package org.plantrack.nlp.table;

import org.plantrack.nlp.extract.Found;

/**
 * One indicator read from a table cell.
 *
 * @param found    the indicator; its offsets are the cell's, its sentence index -1
 * @param sentence the row's cells joined by " | " with noise left out (GUIDELINES convention 5)
 * @param rowStart where the row starts in the cleaned text
 * @param rowEnd   where the row ends in the cleaned text (exclusive)
 */
public record TableValue(Found found, String sentence, int rowStart, int rowEnd) {
}
