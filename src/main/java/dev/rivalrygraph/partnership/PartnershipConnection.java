package dev.rivalrygraph.partnership;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of partnerships, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class PartnershipConnection extends Connection<Partnership, PartnershipConnection.PartnershipEdge> {

    public PartnershipConnection(Slice<Partnership> slice) {
        super(slice, PartnershipEdge::new);
    }

    @Description("One of partnerships in a page, with its cursor.")
    public static class PartnershipEdge extends Edge<Partnership> {
        PartnershipEdge(String cursor, Partnership node) {
            super(cursor, node);
        }
    }
}
