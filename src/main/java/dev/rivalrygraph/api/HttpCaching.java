package dev.rivalrygraph.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * HTTP validators for GET reads: the {@code ETag} is a hash of the media type and the answer's bytes, so it names
 * exactly what was sent, whichever replica, release or database state produced it; a request whose
 * {@code If-None-Match} names it is answered {@code 304} without a body. The answer itself comes from the
 * {@link ResponseCache} when it holds one for the current data version, so a repeated GET costs no execution then.
 * Only answers without errors get an ETag and the configured {@code Cache-Control}; POST answers get neither.
 */
final class HttpCaching {

    private final String cacheControl;
    private final String vary;

    /** @param corsOrigins whether other origins may call (CORS headers then differ by Origin) */
    HttpCaching(CacheSettings settings, boolean corsOrigins) {
        this.cacheControl = settings.cacheControl();
        this.vary = corsOrigins ? "Accept, Authorization, Origin" : "Accept, Authorization";
    }

    /** A GET read's answer differs by media type and may differ by caller. */
    void vary(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.VARY, vary);
    }

    /**
     * Sends a GET read's answer without errors, or 304 when the client holds these bytes already.
     */
    void send(RoutingContext ctx, Buffer answer, String etag) {
        ctx.response().putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            ctx.response().setStatusCode(304).end();
        } else {
            ctx.response().end(answer);
        }
    }

    /** A strong validator: the answer's bytes and its media type, hashed. */
    static String etag(String mediaType, byte[] answer) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(mediaType.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest(answer)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** If-None-Match compares weakly (RFC 9110, 13.1.2): a W/ prefix is ignored; {@code *} matches any answer. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
