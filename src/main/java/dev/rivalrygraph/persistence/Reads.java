package dev.rivalrygraph.persistence;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Resolvers that only read. Within an HTTP request they run without a JTA transaction, on the one session Quarkus
 * opens for the request outside transactions (read-only, never flushed), instead of a transaction, a session and a
 * COMMIT per resolver. Each statement still sees committed data, as it did under READ COMMITTED. Subscription events
 * get a transaction per resolver: their request context is the WebSocket connection's, shared by its subscriptions and
 * as long-lived, so a session kept there would serve stale records to later events. Writes (mutations) are
 * {@code @Transactional}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Reads {
}
