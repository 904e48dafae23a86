package dev.rivalrygraph.product;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of products, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class ProductConnection extends Connection<Product, ProductConnection.ProductEdge> {

    public ProductConnection(Slice<Product> slice) {
        super(slice, ProductEdge::new);
    }

    @Description("One of products in a page, with its cursor.")
    public static class ProductEdge extends Edge<Product> {
        ProductEdge(String cursor, Product node) {
            super(cursor, node);
        }
    }
}
