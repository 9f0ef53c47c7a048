package org.plantrack.targetservice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Offsets of an indicator's value and sentence in the cleaned text of its document (end offsets exclusive).
 * Embedded in {@link Indicator}; all null (so the embedded object is null) when the event carried no span.
 */
@Embeddable
public class CleanedSpan {

    @Column(name = "cleaned_value_start")
    public Integer valueStart;
    @Column(name = "cleaned_value_end")
    public Integer valueEnd;
    @Column(name = "cleaned_sentence_start")
    public Integer sentenceStart;
    @Column(name = "cleaned_sentence_end")
    public Integer sentenceEnd;
}
