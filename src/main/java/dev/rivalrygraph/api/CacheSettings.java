package dev.rivalrygraph.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The response cache ({@link ResponseCache}) and HTTP caching of GET reads ({@link HttpCaching}), set with
 * {@code rivalry.cache.*}; documented in docs/operations.md and docs/http.md.
 */
@ConfigMapping(prefix = "rivalry.cache")
public interface CacheSettings {

    /** Whether answers to queries are kept in memory; HTTP validators (ETag, 304) work either way. */
    @WithDefault("true")
    boolean enabled();

    /** Most answers kept. */
    @WithDefault("10000")
    int maxEntries();

    /** Most bytes kept, answers and keys counted; an answer larger than a tenth of it is not kept. */
    @WithDefault("33554432")
    long maxBytes();

    /** The Cache-Control of a GET read's answer. */
    @WithDefault("no-cache")
    String cacheControl();
}
