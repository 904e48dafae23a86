package dev.rivalrygraph.page;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;

/** A Relay connection: one page of an ordered list, with cursors to move through it. */
@Description("A page of a list, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class Connection<T> {

    @NonNull
    @Description("The items of this page, each with its cursor.")
    public final List<@NonNull Edge<T>> edges;

    @NonNull
    @Description("Where this page stands in the list.")
    public final PageInfo pageInfo;

    @Description("How many items the whole list has, across all pages.")
    public final long totalCount;

    /** Where the page starts in the whole list. */
    @Ignore
    public final long offset;

    Connection(List<T> items, long offset, long totalCount) {
        this.offset = offset;
        List<Edge<T>> list = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            list.add(new Edge<>(Cursor.of(offset + i), items.get(i)));
        }
        this.edges = list;
        this.totalCount = totalCount;
        this.pageInfo = new PageInfo(offset + items.size() < totalCount, offset > 0,
                list.isEmpty() ? null : list.get(0).cursor, list.isEmpty() ? null : list.get(list.size() - 1).cursor);
    }

    /** The same page of other items, one for each of this page's, in order (items loaded for the page only). */
    public <U> Connection<U> with(List<U> items) {
        return new Connection<>(items, offset, totalCount);
    }

    @Description("The items of this page, without cursors: a shortcut for `edges { node }`.")
    public List<@NonNull T> getNodes() {
        return edges.stream().map(e -> e.node).toList();
    }
}
