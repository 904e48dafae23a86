package dev.rivalrygraph.persistence;

import dev.rivalrygraph.error.TimedOutException;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Resolvers whose database timeouts reach the client as a {@link TimedOutException} (code TIMEOUT). */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface DatabaseTimeouts {
}
