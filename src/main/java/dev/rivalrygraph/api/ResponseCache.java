package dev.rivalrygraph.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Answers to queries, kept as the bytes sent, for the data version they were computed at. The version
 * ({@code live/FactFeed.version}, looked up by name: api/ imports no feature) is read before the query runs, so the
 * answer holds at least every change up to it; an answer is served only while the version is still the same, that is
 * while no change it may have missed is known here. A write made through this process advances the version before its
 * writer is answered; another replica's write, when this replica's feed publishes it. Only answers without errors are
 * kept; mutations and subscriptions never.
 *
 * <p>The key holds everything the answer depends on: the document as graphql-java prints it (so layout and comments
 * do not matter, aliases and arguments do), the operation name, the variables after coercion (defaults filled in,
 * undeclared ones dropped), any extensions other than the persisted-query hash, the caller (principal and roles;
 * no query reads them today, but a field that did would not be served another caller's answer) and the media type.
 * No field defaults to the current date or time (asOf is explicit), so the clock is not part of it. Bounded by
 * entries and bytes, least recently used first out.
 */
@ApplicationScoped
public class ResponseCache {

    /** What the HTTP layer knows of a query before it runs: all of the key but the caller. */
    record Read(String document, String operationName, String variables, String extensions, String mediaType) {

        /** The operation's key part from its checked request and its coerced variables. */
        static Read of(String document, GraphQLRequest request, Map<String, Object> coerced, String mediaType) {
            Map<String, Object> extensions = new TreeMap<>(request.extensions());
            extensions.remove(PersistedQueries.EXTENSION);
            return new Read(document, request.operationName(), canonical(coerced), canonical(extensions), mediaType);
        }

        long weight() {
            return 2L * (document.length() + variables.length() + extensions.length()
                    + (operationName == null ? 0 : operationName.length()));
        }
    }

    record Key(Read read, String caller) {
    }

    /** An answer and its version; the ETag of its bytes is computed when a GET first needs it. */
    static final class Entry {
        final long version;
        final byte[] bytes;
        private volatile String etag;

        Entry(long version, byte[] bytes, String etag) {
            this.version = version;
            this.bytes = bytes;
            this.etag = etag;
        }

        String etag(String mediaType) {
            String known = etag;
            if (known == null) {
                known = HttpCaching.etag(mediaType, bytes);
                etag = known;
            }
            return known;
        }
    }

    /** Per entry beyond its bytes and key: the map's node, the entry and the key objects. */
    private static final long OVERHEAD = 200;

    private final CacheSettings settings;
    private final LongSupplier dataVersion;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private final Counter hits;
    private final Counter misses;
    private final Counter evictions;

    @Inject
    ResponseCache(CacheSettings settings, @Named("rivalry.data-version") LongSupplier dataVersion,
            MeterRegistry meters) {
        this.settings = settings;
        this.dataVersion = dataVersion;
        this.hits = meters.counter("rivalry.response.cache.requests", "result", "hit");
        this.misses = meters.counter("rivalry.response.cache.requests", "result", "miss");
        this.evictions = meters.counter("rivalry.response.cache.evictions");
        Gauge.builder("rivalry.response.cache.entries", this, ResponseCache::size).register(meters);
        Gauge.builder("rivalry.response.cache.bytes", this, ResponseCache::bytes).register(meters);
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** The data version now: read it before running the query whose answer is to be kept. */
    long version() {
        return dataVersion.getAsLong();
    }

    /** The answer kept for this key at this version, or null (a miss). */
    synchronized Entry get(Key key, long version) {
        Entry entry = entries.get(key);
        if (entry != null && entry.version == version) {
            hits.increment();
            return entry;
        }
        if (entry != null) {
            remove(key); // computed before a change known now: never served again
        }
        misses.increment();
        return null;
    }

    /** Keeps the answer computed for this key after reading {@code version}, unless a newer one is kept. */
    synchronized void put(Key key, long version, byte[] answer, String etag) {
        long weight = weight(key, answer);
        if (weight > settings.maxBytes() / 10) {
            return;
        }
        Entry known = entries.get(key);
        if (known != null) {
            if (known.version > version) {
                return;
            }
            remove(key);
        }
        entries.put(key, new Entry(version, answer, etag));
        bytes += weight;
        var eldest = entries.entrySet().iterator();
        while ((entries.size() > settings.maxEntries() || bytes > settings.maxBytes()) && eldest.hasNext()) {
            var out = eldest.next();
            eldest.remove();
            bytes -= weight(out.getKey(), out.getValue().bytes);
            evictions.increment();
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    private void remove(Key key) {
        Entry out = entries.remove(key);
        if (out != null) {
            bytes -= weight(key, out.bytes);
        }
    }

    private static long weight(Key key, byte[] answer) {
        return answer.length + key.read().weight() + 2L * key.caller().length() + OVERHEAD;
    }

    /** The caller as far as an answer could depend on it: nobody, or a principal with its roles. */
    static String caller(SecurityIdentity identity) {
        return identity.isAnonymous() ? "" : canonical(identity.getPrincipal().getName()) + " "
                + canonical(new TreeSet<>(identity.getRoles()));
    }

    /**
     * A text that differs whenever the values differ: JSON-like, map keys sorted (an input object's fields have no
     * order), and every value that is not a string, boolean or null tagged with its class, so that values of two
     * types never print alike (a value that prints without meaning merely misses).
     */
    static String canonical(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            out.append('{');
            sorted.forEach((k, v) -> {
                quote(out, k);
                out.append(':');
                write(out, v);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            for (Object item : list) {
                write(out, item);
                out.append(',');
            }
            out.append(']');
        } else if (value instanceof Enum<?> e) {
            out.append(e.getDeclaringClass().getName()).append('.').append(e.name());
        } else {
            out.append(value.getClass().getName()).append(':');
            quote(out, value.toString());
        }
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }
}
