package org.plantrack.nlp.number;

import java.math.BigDecimal;

/** Small helpers shared by the readers. */
final class Numbers {

    private Numbers() {
    }

    /** No trailing zeros after the point and never an exponent (20400, not 2.04E+4). */
    static BigDecimal tidy(BigDecimal v) {
        BigDecimal t = v.stripTrailingZeros();
        return t.scale() < 0 ? t.setScale(0) : t;
    }

    /** An ASCII or full-width digit's value, or -1. */
    static int arabicDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }
}
