package dev.rivalrygraph.page;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a connection with its cursor; each item type has its own subclass, named {@code <Type>Edge}. */
@Description("An item of a connection, with its cursor.")
// SmallRye registers each subclass for the native image, not what it inherits: cursor, node
@RegisterForReflection
public class Edge<T> {

    @NonNull
    @Description("Opaque position of this item, for `after` and `before`: it holds the item's sort key, so it "
            + "stays valid while records are added or removed.")
    public final String cursor;

    @NonNull
    @Description("The item.")
    public final T node;

    protected Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }
}
