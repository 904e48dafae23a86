package dev.rivalrygraph.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DatePrecision")
@Description("How precisely a date is known. A date of lower precision is stored as the first day of its period: "
        + "2024-02-01 with MONTH means 'February 2024'.")
public enum DatePrecision {
    @Description("The exact day.") DAY,
    @Description("The month only.") MONTH,
    @Description("The calendar quarter only.") QUARTER,
    @Description("The year only.") YEAR
}
