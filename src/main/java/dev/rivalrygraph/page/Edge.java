package dev.rivalrygraph.page;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An item of a connection, with its cursor.")
public class Edge<T> {

    @NonNull
    @Description("Opaque position of this item, for `after` and `before`.")
    public final String cursor;

    @NonNull
    @Description("The item.")
    public final T node;

    Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }
}
