package dev.rivalrygraph.investment;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of investments, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class InvestmentConnection extends Connection<Investment, InvestmentConnection.InvestmentEdge> {

    public InvestmentConnection(Slice<Investment> slice) {
        super(slice, InvestmentEdge::new);
    }

    @Description("One of investments in a page, with its cursor.")
    public static class InvestmentEdge extends Edge<Investment> {
        InvestmentEdge(String cursor, Investment node) {
            super(cursor, node);
        }
    }
}
