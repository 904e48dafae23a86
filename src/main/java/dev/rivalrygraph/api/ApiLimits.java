package dev.rivalrygraph.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The limits that keep one request from taking the server down. Each is documented, with its number, in
 * docs/api-guide.md, Limits; each can be changed by configuration ({@code rivalry.limits.*}).
 */
@ConfigMapping(prefix = "rivalry.limits")
public interface ApiLimits {

    /** Deepest field nesting. GraphiQL's own schema introspection needs 13. */
    @WithDefault("15")
    int maxDepth();

    /** Most fields in one operation, counting each use of a fragment. */
    @WithDefault("1000")
    int maxFields();

    /** Most aliased fields in one operation. */
    @WithDefault("30")
    int maxAliases();

    /** Most lexical tokens in a document. */
    @WithDefault("5000")
    int maxTokens();

    /** Most characters in a document: stops pathological literals before the parser spends time on them. */
    @WithDefault("20000")
    int maxCharacters();

    /** Most operation definitions in one document. */
    @WithDefault("10")
    int maxOperations();

    /** Largest request body, in bytes: far above any real query, far below a denial of service. */
    @WithDefault("65536")
    int maxBodyBytes();

    /** Deepest nesting of JSON in a request body, variables included. */
    @WithDefault("32")
    int maxJsonDepth();

    /** Wall-clock time one request may spend executing; after it, remaining fields fail with LIMIT_EXCEEDED. */
    @WithDefault("10s")
    Duration timeBudget();
}
