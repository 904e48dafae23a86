package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.DatePrecision;

import java.time.LocalDate;

/** The graph's convention for dates of lower precision, enforced on input. */
final class Dates {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private Dates() {
    }

    /**
     * The precision to store with {@code date}: DAY when none is given. A date of lower precision must be the first
     * day of its period (2024-02-01 with MONTH is "February 2024"), and a precision needs a date.
     */
    static DatePrecision precision(LocalDate date, DatePrecision precision, String dateField, String precisionField)
            throws BadUserInputException {
        if (date == null) {
            if (precision != null) {
                throw new BadUserInputException("`" + precisionField + "` needs a date in `" + dateField + "`.",
                        precisionField);
            }
            return null;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new BadUserInputException("`" + dateField + "` must be between " + EARLIEST + " and " + LATEST
                    + ".", dateField);
        }
        DatePrecision stored = precision == null ? DatePrecision.DAY : precision;
        LocalDate start = switch (stored) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> date.withDayOfYear(1);
        };
        if (!start.equals(date)) {
            throw new BadUserInputException("`" + dateField + "` with precision " + stored + " must be the first day "
                    + "of its period: " + start + ".", dateField);
        }
        return stored;
    }

    /** Refuses a period that ends before it starts. */
    static void ordered(LocalDate start, LocalDate end, String endField) throws BadUserInputException {
        if (start != null && end != null && end.isBefore(start)) {
            throw new BadUserInputException("`" + endField + "` is before the start of the period.", endField);
        }
    }
}
