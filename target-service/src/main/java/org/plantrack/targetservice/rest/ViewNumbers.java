package org.plantrack.targetservice.rest;

import org.mapstruct.Named;
import org.plantrack.targetservice.service.Numbers;

import java.math.BigDecimal;

/** The numbers of the query API's views as written, whatever scale the database gave them (for the view mappers). */
public final class ViewNumbers {

    /** 4500.0000 from a numeric column is shown as 4500. */
    @Named("clean")
    public static BigDecimal clean(BigDecimal value) {
        return Numbers.clean(value);
    }

    private ViewNumbers() {
    }
}
