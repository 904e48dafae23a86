package dev.rivalrygraph.claim;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of claims, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class ClaimConnection extends Connection<Claim, ClaimConnection.ClaimEdge> {

    public ClaimConnection(Slice<Claim> slice) {
        super(slice, ClaimEdge::new);
    }

    @Description("One of claims in a page, with its cursor.")
    public static class ClaimEdge extends Edge<Claim> {
        ClaimEdge(String cursor, Claim node) {
            super(cursor, node);
        }
    }
}
