package dev.rivalrygraph.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RankSelection")
@Description("Which records a request sees. Set on root fields; every root field of one request must agree, and "
        + "the choice holds for everything nested below them.")
public enum RankSelection {
    @Description("The best values (the default): no DEPRECATED records, and no NORMAL record whose every statement "
            + "has a PREFERRED value from another record.")
    BEST,
    @Description("Every record, whatever its rank: to review deprecated and outranked records.")
    ALL;

    public static final String DESCRIPTION = "Which records to show: the best values (BEST, the default) or ALL, "
            + "deprecated and outranked included. Applies to everything nested below this field.";
}
