package org.plantrack.nlp.robustness;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One kind of noise real documents carry, applied to a whole document: the bytes a reader of the noisy copy would
 * be given. {@code appliesTo} leaves out documents the noise makes no sense for (an HTML page is not wrapped in
 * another page; line-level noise is not put into markup, where line breaks are only white space).
 *
 * @param name       short name printed in the harness's table
 * @param recoverable false when the noise destroys the information (bytes replaced by U+FFFD): measured and
 *                   printed, but no cleaning rule can undo it, so it carries no floor
 */
public record NoiseTransform(String name, String description, boolean recoverable,
        Predicate<SourceDocument> appliesTo, Function<SourceDocument, byte[]> apply) {

    public byte[] applyTo(SourceDocument d) {
        return apply.apply(d);
    }

    public boolean isApplicable(SourceDocument d) {
        return appliesTo.test(d);
    }
}
