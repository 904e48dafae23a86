package dev.rivalrygraph.page;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * One page of a list as {@link Page} cuts it: the items, their cursors, where the page stands, and how to count the
 * whole list (only done when a client asks for {@code totalCount}). A {@link Connection} of a given type shows it.
 */
public final class Slice<T> {

    final List<T> items;
    final List<String> cursors;
    final BooleanSupplier hasNextPage;
    final BooleanSupplier hasPreviousPage;
    final LongSupplier count;

    Slice(List<T> items, List<String> cursors, BooleanSupplier hasNextPage, BooleanSupplier hasPreviousPage,
            LongSupplier count) {
        this.items = List.copyOf(items);
        this.cursors = List.copyOf(cursors);
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.count = count;
    }

    public List<T> items() {
        return items;
    }

    /** The same page of other items, one for each of this page's, in order (items built for the page only). */
    public <U> Slice<U> with(List<U> others) {
        if (others.size() != items.size()) {
            throw new IllegalArgumentException(others.size() + " items for a page of " + items.size());
        }
        return new Slice<>(others, cursors, hasNextPage, hasPreviousPage, count);
    }
}
