package dev.rivalrygraph.api;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLOverWebSocketHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GraphQL over WebSocket (subscriptions) on /graphql, as SmallRye's handler serves it, but with the open sockets
 * known, so that a shutting-down replica closes them with 1001 (going away) as soon as it is told to stop: clients
 * reconnect, to another replica, at once. Otherwise each open socket also counts as an unfinished request, and
 * Quarkus's graceful shutdown waits its whole timeout for it.
 * <p>
 * Quarkus 3.34's {@link SmallRyeGraphQLOverWebSocketHandler} keeps the sockets it opens to itself, so this
 * upgrades the request itself and hands the socket to SmallRye's protocol handlers exactly as that handler does
 * (graphql-transport-ws and graphql-ws, with the same authentication); GracefulShutdownIT fails if subscriptions
 * are not closed with 1001 or if shutdown waits for them.
 */
@ApplicationScoped
@RegisterForReflection(targets = QuarkusRequestWrapper.class, methods = true, fields = false)
public class SubscriptionSockets {

    private static final Logger LOG = Logger.getLogger(SubscriptionSockets.class);
    static final short GOING_AWAY = 1001;

    private final Set<ServerWebSocket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CurrentVertxRequest currentRequest;

    @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name")
    Optional<String> initPayloadAuthorization;

    void install(@Observes Router router) {
        Upgrade upgrade = new Upgrade(identity, currentRequest, initPayloadAuthorization);
        // Before SmallRye's own WebSocket route (-99) and GraphQLOverHttp's routes.
        router.route("/graphql").order(-100).handler(ctx -> {
            if ("websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
                upgrade.handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    /** Fired at the start of Quarkus's shutdown, before it waits for requests in flight (quarkus.shutdown.*). */
    void goingAway(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
        LOG.infof("Shutting down: closing %d subscription connection(s) with 1001 (going away)", open.size());
        open.forEach(socket -> socket.close(GOING_AWAY, "The server is shutting down: reconnect."));
    }

    private final class Upgrade extends SmallRyeGraphQLOverWebSocketHandler {
        private final Optional<String> initPayloadAuthorization;

        Upgrade(CurrentIdentityAssociation identity, CurrentVertxRequest request,
                Optional<String> initPayloadAuthorization) {
            super(identity, request, true, initPayloadAuthorization); // as SmallRye's, non-blocking mode off
            this.initPayloadAuthorization = initPayloadAuthorization;
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            if (stopping) {
                ctx.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "1").end();
                return;
            }
            Map<String, Object> metaData = getMetaData(ctx);
            ctx.request().toWebSocket(upgraded -> {
                if (upgraded.failed()) {
                    LOG.debugf("WebSocket upgrade refused: %s", upgraded.cause().toString());
                    return;
                }
                ServerWebSocket socket = upgraded.result();
                GraphQLWebSocketSession session = new Session(socket);
                String protocol = String.valueOf(socket.subProtocol());
                GraphQLWebsocketHandler handler = switch (protocol) {
                    case "graphql-transport-ws" -> new SmallRyeAuthGraphQLTransportWSSubprotocolHandler(session,
                            metaData, ctx, this, initPayloadAuthorization);
                    case "graphql-ws" -> new SmallRyeAuthGraphQLWSSubprotocolHandler(session, metaData, ctx, this,
                            initPayloadAuthorization);
                    default -> null;
                };
                if (handler == null) {
                    LOG.debugf("WebSocket with an unknown subprotocol closed: %s", protocol);
                    socket.close();
                    return;
                }
                open.add(socket);
                socket.closeHandler(closed -> {
                    open.remove(socket);
                    handler.onClose();
                    requestDone(ctx);
                });
                socket.endHandler(ended -> handler.onEnd());
                socket.exceptionHandler(failure -> {
                    // The client went first (it may close the TCP connection right after our close frame):
                    // nothing an operator needs to see, where SmallRye's handler would log it as a WARN.
                    if (failure instanceof HttpClosedException) {
                        LOG.debugf("Subscription connection closed: %s", failure.toString());
                    } else {
                        handler.onThrowable(failure);
                    }
                });
                socket.textMessageHandler(handler::onMessage);
                if (stopping) {
                    socket.close(GOING_AWAY, "The server is shutting down: reconnect.");
                }
            });
        }
    }

    /**
     * Tells Quarkus's graceful shutdown that the upgrade request is over. It counts every request until its response
     * ends, and the response of an upgraded request never does (Quarkus 3.34, Vert.x 4.5): without this each
     * subscription ever opened kept the count above zero, and every shutdown waited its whole timeout.
     * QuarkusRequestWrapper.done() is package-private, hence reflection; it runs its handlers once however often it
     * is called. GracefulShutdownIT fails if shutdown waits for the timeout again.
     */
    private static void requestDone(RoutingContext ctx) {
        QuarkusRequestWrapper request = QuarkusRequestWrapper.get(ctx.request());
        if (request == null || REQUEST_DONE == null) {
            return;
        }
        try {
            REQUEST_DONE.invoke(request);
        } catch (ReflectiveOperationException e) {
            LOG.debugf("Request not marked done: %s", e.toString());
        }
    }

    private static final Method REQUEST_DONE = requestDoneMethod();

    private static Method requestDoneMethod() {
        try {
            Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            done.setAccessible(true);
            return done;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Shutdown will wait for closed subscriptions: %s", e.toString());
            return null;
        }
    }

    /** SmallRye's view of a socket. */
    private record Session(ServerWebSocket socket) implements GraphQLWebSocketSession {
        @Override
        public void sendMessage(String message) {
            socket.writeTextMessage(message);
        }

        @Override
        public void close(short statusCode, String reason) {
            socket.close(statusCode, reason);
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }
    }
}
