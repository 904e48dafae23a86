package dev.rivalrygraph.history;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of changes, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class ChangeConnection extends Connection<Change, ChangeConnection.ChangeEdge> {

    public ChangeConnection(Slice<Change> slice) {
        super(slice, ChangeEdge::new);
    }

    @Description("One of changes in a page, with its cursor.")
    public static class ChangeEdge extends Edge<Change> {
        ChangeEdge(String cursor, Change node) {
            super(cursor, node);
        }
    }
}
