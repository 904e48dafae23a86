package dev.rivalrygraph.organization;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of organizations, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class OrganizationConnection extends Connection<Organization, OrganizationConnection.OrganizationEdge> {

    public OrganizationConnection(Slice<Organization> slice) {
        super(slice, OrganizationEdge::new);
    }

    @Description("One of organizations in a page, with its cursor.")
    public static class OrganizationEdge extends Edge<Organization> {
        OrganizationEdge(String cursor, Organization node) {
            super(cursor, node);
        }
    }
}
