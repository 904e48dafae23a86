package dev.rivalrygraph.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Cited")
@Description("A record the graph holds on the authority of its sources; `citations` says which articles report it.")
public interface Cited extends Node {

    /** The database id, for batching; clients see the global id. */
    @Ignore
    Long getId();

    @NonNull
    @Description(Fact.RANK)
    Rank getRank();

    @Description(Fact.RANK_REASON)
    String getRankReason();

    @Description(Fact.INFERRED)
    String getInferred();

    @Description(Fact.VERSION)
    long getVersion();
}
