package dev.rivalrygraph.page;

import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.nio.charset.StandardCharsets;

/**
 * The order of a list: keys compared in turn, all in one direction, undated (null) values last, the last key telling
 * any two items apart (their id). The one place that order is written, both ways a list is read: as JPQL (the ORDER
 * BY clause, and the conditions that start a page after or end it before an item, "keyset" pagination) and as a
 * comparator (lists loaded whole, cut in memory). A cursor holds an item's key values, so a page starts after the
 * item the client saw last wherever that item now stands, or would stand had it been removed.
 *
 * @param list the list and its order, named in cursors: a cursor of another list or order is refused
 * @param desc whether the keys run from largest to smallest
 */
public record Sort<T>(String list, List<Key<T>> keys, boolean desc) {

    /** A key: its JPQL path, the type of its values, how to read it from an item, and whether it may be null. */
    public record Key<T>(String path, Class<?> type, Function<T, ?> value, boolean mayBeNull) {

        /** The same key, whose value may be null (sorted last). */
        public Key<T> nullable() {
            return new Key<>(path, type, value, true);
        }
    }

    public Sort {
        keys = List.copyOf(keys);
    }

    /** A key of non-null values. */
    public static <T, V extends Comparable<? super V>> Key<T> key(String path, Class<V> type, Function<T, V> value) {
        return new Key<>(path, type, value, false);
    }

    /** The usual last key: the record's id. */
    public static <T> Key<T> id(Function<T, Long> id) {
        return key("id", Long.class, id);
    }

    /** Ascending by these keys, the last one unique. */
    @SafeVarargs
    public static <T> Sort<T> by(String list, Key<T>... keys) {
        return new Sort<>(list, List.of(keys), false);
    }

    /** The same keys, descending: largest first, null values still last. */
    public Sort<T> descending() {
        return new Sort<>(list, keys, true);
    }

    /** What a cursor names, so that it fits this list and order only. */
    int signature() {
        CRC32 crc = new CRC32();
        StringBuilder text = new StringBuilder(list).append(desc ? ":desc" : ":asc");
        keys.forEach(key -> text.append(',').append(key.path()).append(':').append(key.type().getName()));
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    /** The key values of an item, in key order. */
    List<Object> values(T item) {
        List<Object> values = new ArrayList<>(keys.size());
        for (Key<T> key : keys) {
            values.add(key.value().apply(item));
        }
        return values;
    }

    /** Compares key values as the list orders them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    int compare(List<Object> a, List<Object> b) {
        for (int i = 0; i < keys.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int c;
            if (x == null || y == null) {
                c = x == null ? (y == null ? 0 : 1) : -1;
            } else {
                c = ((Comparable) x).compareTo(y);
                c = desc ? -c : c;
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    Comparator<T> comparator() {
        return (a, b) -> compare(values(a), values(b));
    }

    /** The ORDER BY clause of this order, or of its reverse (to read the last items of a list first). */
    String orderBy(boolean reversed) {
        boolean down = desc != reversed;
        StringBuilder clause = new StringBuilder();
        for (Key<T> key : keys) {
            clause.append(clause.isEmpty() ? "" : ", ").append(key.path()).append(down ? " desc" : " asc");
            if (key.mayBeNull()) {
                clause.append(reversed ? " nulls first" : " nulls last");
            }
        }
        return clause.toString();
    }

    /**
     * The JPQL condition "the item comes after (or, {@code later} false, before) the item with these key values", its
     * values bound in {@code parameters} under names starting with {@code prefix}. Every comparison is true or false,
     * never unknown (nullable paths are tested for null first), so the condition can be negated.
     */
    String beyond(List<Object> at, boolean later, String prefix, Parameters parameters) {
        List<String> alternatives = new ArrayList<>();
        StringBuilder equal = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            Key<T> key = keys.get(i);
            Object value = at.get(i);
            String name = prefix + i;
            String strictly = strictly(key, value, later, name);
            if (strictly != null) {
                alternatives.add("(" + equal + strictly + ")");
            }
            if (value == null) {
                equal.append(key.path()).append(" is null and ");
            } else {
                parameters.and(name, value);
                equal.append(key.mayBeNull() ? key.path() + " is not null and " : "").append(key.path())
                        .append(" = :").append(name).append(" and ");
            }
        }
        return alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")";
    }

    /** The condition "this key's value is strictly later (or earlier) than {@code value}", or null for never. */
    private String strictly(Key<T> key, Object value, boolean later, String name) {
        String path = key.path();
        if (value == null) {
            // null values come last: none is later than a null, every non-null one is earlier
            return later ? null : path + " is not null";
        }
        String comparison = path + ((later != desc) ? " > :" : " < :") + name;
        if (!key.mayBeNull()) {
            return comparison;
        }
        return later ? "(" + path + " is null or (" + path + " is not null and " + comparison + "))"
                : path + " is not null and " + comparison;
    }

    /** Whether these are key values of this order: one per key, each of its key's type, null only where allowed. */
    boolean fits(List<Object> values) {
        if (values.size() != keys.size()) {
            return false;
        }
        for (int i = 0; i < keys.size(); i++) {
            Object value = values.get(i);
            if (value == null ? !keys.get(i).mayBeNull() : !keys.get(i).type().isInstance(value)) {
                return false;
            }
        }
        return true;
    }

    /** The position in a sorted list of the first item after ({@code after}) or not before these key values. */
    int firstBeyond(List<T> sorted, List<Object> values, boolean after) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            int c = compare(values(sorted.get(mid)), values);
            if (after ? c <= 0 : c < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }
}
