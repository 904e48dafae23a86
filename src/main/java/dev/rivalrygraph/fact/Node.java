package dev.rivalrygraph.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Node")
@Description("Anything with a global id: give it to `node(id:)` to fetch the record again, whatever its type.")
public interface Node {

    @Id
    @NonNull
    @Name("id")
    @Description("Global, opaque and stable identifier of this record. Pass it to `node(id:)`, or to the `id` "
            + "argument of the lookup for its type.")
    String getGlobalId();
}
