package dev.rivalrygraph.conflict;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of conflicts, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class ConflictConnection extends Connection<Conflict, ConflictConnection.ConflictEdge> {

    public ConflictConnection(Slice<Conflict> slice) {
        super(slice, ConflictEdge::new);
    }

    @Description("One of conflicts in a page, with its cursor.")
    public static class ConflictEdge extends Edge<Conflict> {
        ConflictEdge(String cursor, Conflict node) {
            super(cursor, node);
        }
    }
}
