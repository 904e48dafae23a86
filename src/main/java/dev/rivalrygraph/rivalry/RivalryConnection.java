package dev.rivalrygraph.rivalry;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of rivalries, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class RivalryConnection extends Connection<Rivalry, RivalryConnection.RivalryEdge> {

    public RivalryConnection(Slice<Rivalry> slice) {
        super(slice, RivalryEdge::new);
    }

    @Description("One of rivalries in a page, with its cursor.")
    public static class RivalryEdge extends Edge<Rivalry> {
        RivalryEdge(String cursor, Rivalry node) {
            super(cursor, node);
        }
    }
}
