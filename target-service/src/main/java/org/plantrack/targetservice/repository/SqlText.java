package org.plantrack.targetservice.repository;

import java.math.BigDecimal;

/**
 * A value as the text the batched plain-JDBC statements cast from ({@code unnest(?::text[])::numeric}, ...): one
 * text array per column carries every row's value, whatever the column's type.
 */
final class SqlText {

    /** Numbers in plain notation (1E+3 would not cast to an int column), null for SQL null. */
    static String of(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private SqlText() {
    }
}
