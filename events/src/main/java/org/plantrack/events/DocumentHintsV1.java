package org.plantrack.events;

/** Facts the uploader states about a document; each one, when not null, wins over detection. */
public record DocumentHintsV1(String title, String region, String sourceUrl, String date) {

    public static DocumentHintsV1 none() {
        return new DocumentHintsV1(null, null, null, null);
    }
}
