package org.plantrack.nlp.extract;

import java.math.BigDecimal;

/** A number with its unit found in a sentence (offsets relative to the sentence). */
final class Mention {
    int start;          // first char of the number (or of 近/约 prefix excluded)
    int end;            // end of the unit and suffix qualifier
    int valueEnd;       // end of the number+unit
    BigDecimal value;
    String unit;
    String qualifier;
    boolean chinese;
    boolean rangeLow;
    boolean rangeHigh;
    /** Set when this mention is the "A" of 由A到B and must not be reported itself. */
    boolean suppressed;
    String metric;
    String change;
    BigDecimal baseline;
    boolean inheritedMetric;
    /** Parametrises a policy instrument (a cap, a grant, a rate of an amount): not an indicator. */
    boolean parameter;

    @Override
    public String toString() {
        return metric + "=" + value + unit;
    }
}
