package org.plantrack.catalogue;

/**
 * What the resolver made of one metric phrase.
 *
 * @param phrase     the phrase as given
 * @param indicator  the catalogue indicator, null when the phrase stays a free metric
 * @param confidence 1.0 for an exact variant, lower for a normalised or similar match; for a free metric the score
 *                   of the nearest indicator, which fell below the threshold
 * @param match      how the phrase was matched
 */
public record Resolution(String phrase, CatalogueIndicator indicator, double confidence, Match match) {

    /** The resolver's stages, first to last. */
    public enum Match {
        /** The phrase is the name or a variant, up to surface normalisation. */
        EXACT,
        /** The phrase is a name or variant once scope words and a leading place name are removed. */
        NORMALISED,
        /** The phrase is close in characters to a name or variant and differs in no discriminating word. */
        SIMILAR,
        /** No indicator: a free metric. */
        NONE
    }

    public boolean resolved() {
        return indicator != null;
    }

    /** The indicator's id, or null for a free metric. */
    public String id() {
        return indicator == null ? null : indicator.id();
    }
}
