package dev.rivalrygraph.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Qualifier")
@Description("How the source qualifies a number.")
public enum Qualifier {
    @Description("Stated as an exact figure.") EXACT,
    @Description("\"More than\", \"surpassed\": the true figure is at least this.") AT_LEAST,
    @Description("\"Less than\": the true figure is at most this.") AT_MOST,
    @Description("\"About\", \"approximately\".") APPROXIMATELY,
    @Description("An estimate the source attributes to others or makes itself.") ESTIMATED
}
