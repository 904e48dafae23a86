package dev.rivalrygraph.page;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.filter.Where;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The paging arguments every connection takes, Relay's {@code first/after/last/before}, and the rule they share:
 * GitHub's, at most 100 items a page; 50 when neither {@code first} nor {@code last} is given. The cursors are
 * keyset cursors ({@link Sort}, {@link Cursor}): {@code after} starts the page after the item the cursor was made
 * for, {@code before} ends it before that item, wherever the item now stands or would stand, so pages read while
 * records are added, changed or removed neither repeat nor skip the records that were there for both reads.
 * {@code hasNextPage} and {@code hasPreviousPage} are exact, whichever way the list is read.
 */
public record Page(Integer first, String after, Integer last, String before) {

    public static final int DEFAULT = 50;
    public static final int MAX = 100;
    public static final String FIRST = "Return the first n items (0 to 100) after `after`, or of the list.";
    public static final String AFTER = "Start after the item with this cursor.";
    public static final String LAST = "Return the last n items (0 to 100) before `before`, or of the list.";
    public static final String BEFORE = "End before the item with this cursor.";

    private static void check(Integer n, String argument) throws BadUserInputException {
        if (n != null && (n < 0 || n > MAX)) {
            throw new BadUserInputException("`" + argument + "` must be between 0 and " + MAX + "; it was " + n
                    + ". Page through longer lists with `after` and `before`.");
        }
    }

    /** The cursors' key values, checked against the order; null for an absent cursor. */
    private record Bounds(List<Object> after, List<Object> before) {
    }

    private <T> Bounds bounds(Sort<T> sort) throws BadUserInputException {
        check(first, "first");
        check(last, "last");
        return new Bounds(after == null ? null : Cursor.values(after, "after", sort),
                before == null ? null : Cursor.values(before, "before", sort));
    }

    /** Reading backwards: the last items of the range first (only {@code last} given). */
    private boolean backwards() {
        return last != null && first == null;
    }

    /** How many items to read from the range's start (or its end, backwards). */
    private int limit() {
        return first != null ? first : last != null ? last : DEFAULT;
    }

    /**
     * A page of the {@code entity} records {@code where} selects, read in {@code sort}'s order by a keyset query:
     * one statement for the page (an item more than asked, to tell whether the range goes on); one more, only when
     * a client selects {@code hasNextPage} or {@code hasPreviousPage} and the page ends at a cursor, to tell whether
     * items lie beyond it; the count only when a client selects {@code totalCount}.
     */
    public <T> Slice<T> of(Class<T> entity, Where where, Sort<T> sort) throws BadUserInputException {
        Bounds bounds = bounds(sort);
        String from = "from " + entity.getSimpleName();
        String condition = where.conditions();
        Map<String, Object> filters = where.parameters();
        Parameters range = new Parameters();
        List<String> conditions = new ArrayList<>();
        if (!condition.isEmpty()) {
            conditions.add(condition);
        }
        if (bounds.after() != null) {
            conditions.add(sort.beyond(bounds.after(), true, "after", range));
        }
        if (bounds.before() != null) {
            conditions.add(sort.beyond(bounds.before(), false, "before", range));
        }
        int limit = limit();
        // one item more than the page, to tell whether the range goes on
        List<T> read = query(entity, from + where(conditions) + " order by " + sort.orderBy(backwards()), filters,
                range.map()).setMaxResults(limit + 1).getResultList();
        boolean more = read.size() > limit;
        List<T> items = read.subList(0, Math.min(limit, read.size()));
        boolean cutAtStart = false;
        if (backwards()) {
            items = Sort.reversed(items);
        } else if (last != null && items.size() > last) {
            items = items.subList(items.size() - last, items.size());
            cutAtStart = true;
        }
        // beyond the range: items at or after `before`, at or before `after`; looked for only when asked for
        BooleanSupplier beyondBefore = () -> bounds.before() != null
                && exists(entity, from, condition, filters, sort, bounds.before(), false);
        BooleanSupplier beyondAfter = () -> bounds.after() != null
                && exists(entity, from, condition, filters, sort, bounds.after(), true);
        boolean backwards = backwards();
        boolean pastEnd = !backwards && more;
        boolean pastStart = backwards ? more : cutAtStart;
        BooleanSupplier hasNext = () -> pastEnd || beyondBefore.getAsBoolean();
        BooleanSupplier hasPrevious = () -> pastStart || beyondAfter.getAsBoolean();
        String count = "select count(*) " + from + (condition.isEmpty() ? "" : " where " + condition);
        return slice(items, sort, hasNext, hasPrevious,
                () -> ((Number) query(entity, count, filters, Map.of()).getSingleResult()).longValue());
    }

    /** Whether any selected record lies at or beyond the cursor's item, outside the range (before the `after` one). */
    private static <T> boolean exists(Class<T> entity, String from, String condition, Map<String, Object> filters,
            Sort<T> sort, List<Object> at, boolean after) {
        Parameters parameters = new Parameters();
        String outside = "not " + sort.beyond(at, after, "at", parameters);
        return !query(entity, "select id " + from + " where " + (condition.isEmpty() ? "" : condition + " and ")
                + outside, filters, parameters.map()).setMaxResults(1).getResultList().isEmpty();
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Query query(Class<?> entity, String jpql, Map<String, Object> filters, Map<String, Object> range) {
        EntityManager em = Panache.getEntityManager(entity);
        Query query = em.createQuery(jpql);
        filters.forEach(query::setParameter);
        range.forEach(query::setParameter);
        return query;
    }

    /** A page of a list already loaded whole (a batch of nested items), sorted and cut in memory. */
    public <T> Slice<T> of(List<T> all, Sort<T> sort) throws BadUserInputException {
        return of(all, sort, bounds(sort));
    }

    /** The same page of each parent's list: a batched nested connection, from one statement for all parents. */
    public <T> List<Slice<T>> ofEach(List<List<T>> lists, Sort<T> sort) throws BadUserInputException {
        Bounds bounds = bounds(sort);
        List<Slice<T>> pages = new ArrayList<>(lists.size());
        for (List<T> list : lists) {
            pages.add(of(list, sort, bounds));
        }
        return pages;
    }

    private <T> Slice<T> of(List<T> all, Sort<T> sort, Bounds bounds) {
        List<T> sorted = new ArrayList<>(all);
        sorted.sort(sort.comparator());
        int start = bounds.after() == null ? 0 : sort.firstBeyond(sorted, bounds.after(), true);
        int end = bounds.before() == null ? sorted.size()
                : Math.max(start, sort.firstBeyond(sorted, bounds.before(), false));
        if (first == null && last == null) {
            end = Math.min(end, start + DEFAULT);
        }
        if (first != null) {
            end = Math.min(end, start + first);
        }
        if (last != null) {
            start = Math.max(start, end - last);
        }
        long total = sorted.size();
        boolean hasNext = end < total;
        boolean hasPrevious = start > 0;
        return slice(sorted.subList(start, end), sort, () -> hasNext, () -> hasPrevious, () -> total);
    }

    private static <T> Slice<T> slice(List<T> items, Sort<T> sort, BooleanSupplier hasNext,
            BooleanSupplier hasPrevious, LongSupplier count) {
        List<String> cursors = new ArrayList<>(items.size());
        for (T item : items) {
            cursors.add(Cursor.of(sort, item));
        }
        return new Slice<>(items, cursors, hasNext, hasPrevious, count);
    }
}
