package dev.rivalrygraph.curation;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The embedded account: user {@code curator}, role {@code curator}, its password from
 * {@code rivalry.curator.password} (RIVALRY_CURATOR_PASSWORD), checked for HTTP Basic. With no password, or a blank
 * one, the account does not exist: no credentials authenticate, and writes are disabled unless JWTs are configured.
 * The password is never logged, and compared in constant time.
 */
@ApplicationScoped
public class CuratorAccount implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String ROLE = "curator";
    public static final String USER = "curator";

    private final byte[] passwordDigest;
    private final boolean jwtConfigured;

    CuratorAccount(@ConfigProperty(name = "rivalry.curator.password") Optional<String> password, Config config) {
        this.passwordDigest = password.filter(p -> !p.isBlank()).map(p -> digest(p.toCharArray())).orElse(null);
        this.jwtConfigured = isSet(config, "mp.jwt.verify.publickey.location")
                || isSet(config, "mp.jwt.verify.publickey");
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        char[] given = request.getPassword().getPassword();
        boolean accepted = passwordDigest != null && USER.equals(request.getUsername())
                && MessageDigest.isEqual(passwordDigest, digest(given));
        if (!accepted) {
            // Says nothing of which part was wrong, and carries neither.
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(USER))
                .addRole(ROLE)
                .build());
    }

    /** The message below, for api/GraphQLSetup, which looks it up by this name (api/ imports no feature). */
    @Produces
    @Unremovable
    @Named("rivalry.unauthenticated-message")
    Supplier<String> unauthenticatedMessageSupplier() {
        return this::unauthenticatedMessage;
    }

    /** What a write without credentials is told: how to authenticate, or how to enable writes at all. */
    public String unauthenticatedMessage() {
        if (passwordDigest == null && !jwtConfigured) {
            return "Writes are disabled on this server: no curator password is set. Set RIVALRY_CURATOR_PASSWORD "
                    + "(or rivalry.curator.password) and restart, then send HTTP Basic credentials for user "
                    + "\"curator\"; or configure JWT verification (mp.jwt.verify.publickey.location).";
        }
        return "Writes need the curator role: send HTTP Basic credentials for user \"curator\""
                + (jwtConfigured ? ", or a JWT bearer token whose groups include \"curator\"." : ".");
    }

    /** Whether a smallrye-jwt key setting has a value; "NONE" is its own default, meaning none. */
    private static boolean isSet(Config config, String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.equals("NONE")).isPresent();
    }

    /** SHA-256, so that the comparison takes as long whatever the lengths. */
    private static byte[] digest(char[] secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(new String(secret).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
