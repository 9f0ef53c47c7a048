package org.plantrack.nlp.number;

/** How a number was written, which decides the unit a caller gives it. */
public enum NumberForm {
    /** An ordinary numeral: 3, 1,200, 二亿零四百, 二点四. */
    PLAIN,
    /** 百分之X: the value is in percent. */
    PERCENT,
    /** 千分之X: the value is in per mille. */
    PERMILLE,
    /** X分之Y or 一半: the value is the ratio itself (三分之一 = 0.3333). */
    FRACTION
}
