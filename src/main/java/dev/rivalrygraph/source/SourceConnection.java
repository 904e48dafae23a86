package dev.rivalrygraph.source;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of sources, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class SourceConnection extends Connection<Source, SourceConnection.SourceEdge> {

    public SourceConnection(Slice<Source> slice) {
        super(slice, SourceEdge::new);
    }

    @Description("One of sources in a page, with its cursor.")
    public static class SourceEdge extends Edge<Source> {
        SourceEdge(String cursor, Source node) {
            super(cursor, node);
        }
    }
}
