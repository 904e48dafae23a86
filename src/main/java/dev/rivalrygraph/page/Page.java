package dev.rivalrygraph.page;

import dev.rivalrygraph.fact.BadUserInputException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * The paging arguments every connection takes, Relay's {@code first/after/last/before}, and the rule they share:
 * GitHub's, at most 100 items a page; 50 when neither {@code first} nor {@code last} is given.
 */
public record Page(Integer first, String after, Integer last, String before) {

    public static final int DEFAULT = 50;
    public static final int MAX = 100;
    public static final String FIRST = "Return the first n items (0 to 100) after `after`, or of the list.";
    public static final String AFTER = "Start after the item with this cursor.";
    public static final String LAST = "Return the last n items (0 to 100) before `before`, or of the list.";
    public static final String BEFORE = "End before the item with this cursor.";

    /** The slice [start, end) of a list of {@code total} items that these arguments select. */
    public record Window(long start, long end) {

        /** Reads the items of a window. */
        public interface Fetch<T> {
            List<T> items(long offset, int limit);
        }

        int size() {
            return (int) (end - start);
        }
    }

    Window window(long total) throws BadUserInputException {
        check(first, "first");
        check(last, "last");
        long start = after == null ? 0 : Math.min(total, Cursor.position(after, "after") + 1);
        long end = before == null ? total : Math.max(start, Math.min(total, Cursor.position(before, "before")));
        if (first == null && last == null) {
            end = Math.min(end, start + DEFAULT);
        }
        if (first != null) {
            end = Math.min(end, start + first);
        }
        if (last != null) {
            start = Math.max(start, end - last);
        }
        return new Window(start, end);
    }

    private static void check(Integer n, String argument) throws BadUserInputException {
        if (n != null && (n < 0 || n > MAX)) {
            throw new BadUserInputException("`" + argument + "` must be between 0 and " + MAX + "; it was " + n
                    + ". Page through longer lists with `after` and `before`.");
        }
    }

    /** A page of a database query: one statement to count, one to fetch the page. */
    public <T> Connection<T> of(PanacheQuery<T> query) throws BadUserInputException {
        return of(query.count(), (offset, limit) -> query.range((int) offset, (int) offset + limit - 1).list());
    }

    /** A page of {@code total} items of which {@code fetch} returns {@code limit} from {@code offset}. */
    public <T> Connection<T> of(long total, Window.Fetch<T> fetch) throws BadUserInputException {
        Window window = window(total);
        List<T> items = window.size() == 0 ? List.of() : fetch.items(window.start(), window.size());
        return new Connection<>(items, window.start(), total);
    }

    /** The same page of each parent's list: a batched nested connection, from one statement for all parents. */
    public <T> List<Connection<T>> ofEach(List<List<T>> lists) throws BadUserInputException {
        List<Connection<T>> pages = new ArrayList<>(lists.size());
        for (List<T> list : lists) {
            pages.add(of(list));
        }
        return pages;
    }

    /** A page of a list already loaded (a batch of nested items), cut in memory. */
    public <T> Connection<T> of(List<T> all) throws BadUserInputException {
        Window window = window(all.size());
        return new Connection<>(all.subList((int) window.start(), (int) window.end()), window.start(), all.size());
    }
}
