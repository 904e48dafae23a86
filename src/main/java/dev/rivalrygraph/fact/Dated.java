package dev.rivalrygraph.fact;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Helpers for dates that carry a precision. */
public final class Dated {

    private Dated() {
    }

    /** The last day of the period that starts on {@code start} with the given precision. */
    public static LocalDate lastDay(LocalDate start, DatePrecision precision) {
        if (start == null || precision == null) {
            return start;
        }
        return switch (precision) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case QUARTER -> start.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }
}
