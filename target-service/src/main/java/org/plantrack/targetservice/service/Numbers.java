package org.plantrack.targetservice.service;

import java.math.BigDecimal;

public final class Numbers {

    /** Without trailing zeros but never in exponent form (5000, not 5E+3), so JSON and CSV show plain numbers. */
    public static BigDecimal clean(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static String plain(BigDecimal v) {
        return v == null ? "" : clean(v).toPlainString();
    }

    private Numbers() {
    }
}
