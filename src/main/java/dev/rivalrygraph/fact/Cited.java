package dev.rivalrygraph.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Cited")
@Description("A record the graph holds on the authority of its sources; `citations` says which articles report it.")
public interface Cited {

    @Id
    @NonNull
    @Description("Stable identifier of this record.")
    Long getId();
}
