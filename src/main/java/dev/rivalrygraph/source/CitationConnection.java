package dev.rivalrygraph.source;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of citations, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class CitationConnection extends Connection<Citation, CitationConnection.CitationEdge> {

    public CitationConnection(Slice<Citation> slice) {
        super(slice, CitationEdge::new);
    }

    @Description("One of citations in a page, with its cursor.")
    public static class CitationEdge extends Edge<Citation> {
        CitationEdge(String cursor, Citation node) {
            super(cursor, node);
        }
    }
}
