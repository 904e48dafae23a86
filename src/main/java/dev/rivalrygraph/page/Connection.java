package dev.rivalrygraph.page;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A Relay connection: one page of an ordered list, with cursors to move through it. Each item type has its own
 * subclass, named as Relay and GitHub name them ({@code ClaimConnection} with {@code ClaimEdge}s), rather than
 * SmallRye's names for a generic type ({@code Connection_Claim}).
 */
@Description("A page of a list, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
// SmallRye registers each subclass for the native image, not what it inherits: edges, pageInfo, nodes, totalCount
@RegisterForReflection
public abstract class Connection<T, E extends Edge<T>> {

    @NonNull
    @Description("The items of this page, each with its cursor.")
    public final List<@NonNull E> edges;

    @NonNull
    @Description("Where this page stands in the list.")
    public final PageInfo pageInfo;

    @Ignore
    private final LongSupplier count;

    @Ignore
    private Integer counted;

    protected Connection(Slice<T> slice, BiFunction<String, T, E> edge) {
        List<E> list = new ArrayList<>(slice.items.size());
        for (int i = 0; i < slice.items.size(); i++) {
            list.add(edge.apply(slice.cursors.get(i), slice.items.get(i)));
        }
        this.edges = list;
        this.count = slice.count;
        this.pageInfo = new PageInfo(slice.hasNextPage, slice.hasPreviousPage,
                list.isEmpty() ? null : list.get(0).cursor, list.isEmpty() ? null : list.get(list.size() - 1).cursor);
    }

    /** Counted when asked for, on the request's session: a list read a page at a time is not counted each time. */
    @Description("How many items the whole list has, across all pages. Costs a count of the list: select it only "
            + "when needed.")
    public int getTotalCount() {
        if (counted == null) {
            counted = Math.toIntExact(count.getAsLong());
        }
        return counted;
    }

    @NonNull
    @Description("The items of this page, without cursors: a shortcut for `edges { node }`.")
    public List<@NonNull T> getNodes() {
        return edges.stream().map(e -> e.node).toList();
    }

    /** The connections of a batch of pages, one for each parent, in order. */
    public static <T, C> List<C> each(List<Slice<T>> slices, Function<Slice<T>, C> connection) {
        return slices.stream().map(connection).toList();
    }
}
