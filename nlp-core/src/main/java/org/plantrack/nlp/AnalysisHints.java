package org.plantrack.nlp;

/** What the uploader states about a document; a non-null field wins over detection. */
public record AnalysisHints(String title, String region, String date) {

    public static AnalysisHints none() {
        return new AnalysisHints(null, null, null);
    }
}
