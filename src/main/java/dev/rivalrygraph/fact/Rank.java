package dev.rivalrygraph.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Rank")
@Description("How much the graph trusts a record, as Wikidata ranks its statements. Lists show the best values by "
        + "default: DEPRECATED records are hidden, and so are NORMAL ones whose every statement has a PREFERRED "
        + "value from another record; `ranks: ALL` shows everything.")
public enum Rank {
    @Description("The best value of its statement: records giving other values for it are hidden by default.")
    PREFERRED,
    @Description("An ordinary record.")
    NORMAL,
    @Description("Kept for the record but known to be wrong or superseded; `rankReason` says why. Hidden by default.")
    DEPRECATED
}
