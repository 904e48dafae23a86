package dev.rivalrygraph.history;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Who makes a change: the authenticated user of the HTTP request that makes it, "anonymous" for a request without
 * one, "system" for work outside any request (migrations, maintenance, tests).
 */
final class Principals {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    private Principals() {
    }

    static String current() {
        var request = Arc.container().instance(CurrentVertxRequest.class);
        if (!Arc.container().requestContext().isActive() || !request.isAvailable()
                || request.get().getCurrent() == null) {
            return SYSTEM;
        }
        var association = Arc.container().instance(CurrentIdentityAssociation.class);
        SecurityIdentity identity = association.isAvailable() ? association.get().getIdentity() : null;
        return identity == null || identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }
}
