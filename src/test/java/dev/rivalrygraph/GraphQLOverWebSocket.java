package dev.rivalrygraph;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A graphql-transport-ws client on java.net.http's WebSocket, queueing the server's messages, for the tests. */
public final class GraphQLOverWebSocket implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Connects to {@code http} (the /graphql URL) and completes the protocol's handshake. */
    public static GraphQLOverWebSocket connect(URI http) throws Exception {
        GraphQLOverWebSocket client = new GraphQLOverWebSocket();
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(ws, client).get(10, TimeUnit.SECONDS);
        assertEquals("graphql-transport-ws", client.socket.getSubprotocol());
        client.send(Json.createObjectBuilder().add("type", "connection_init").build());
        assertEquals("connection_ack", client.next().getString("type"));
        return client;
    }

    public void send(JsonObject message) throws Exception {
        socket.sendText(message.toString(), true).get(10, TimeUnit.SECONDS);
    }

    /** Starts subscription {@code id}: the {@code query} with its variable {@code $subject} (may be null). */
    public void subscribe(String id, String query, String subject) throws Exception {
        var variables = Json.createObjectBuilder();
        if (subject == null) {
            variables.addNull("subject");
        } else {
            variables.add("subject", subject);
        }
        send(Json.createObjectBuilder().add("id", id).add("type", "subscribe")
                .add("payload", Json.createObjectBuilder().add("query", query).add("variables", variables))
                .build());
    }

    /** Starts subscription {@code id}: the {@code query} with these variables (a null value is sent as null). */
    public void subscribeWith(String id, String query, java.util.Map<String, String> variables) throws Exception {
        var values = Json.createObjectBuilder();
        variables.forEach((name, value) -> {
            if (value == null) {
                values.addNull(name);
            } else {
                values.add(name, value);
            }
        });
        send(Json.createObjectBuilder().add("id", id).add("type", "subscribe")
                .add("payload", Json.createObjectBuilder().add("query", query).add("variables", values))
                .build());
    }

    /** The next message; fails after 20 seconds. */
    public JsonObject next() throws InterruptedException {
        JsonObject message = poll(20);
        assertNotNull(message, "no message from the server");
        return message;
    }

    /** The next message, or null after this many seconds. */
    public JsonObject poll(int seconds) throws InterruptedException {
        return messages.poll(seconds, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonObject message = Json.createReader(new StringReader(partial.toString())).readObject();
            partial.setLength(0);
            // The server's keep-alive (a pong in answer is optional): never a message a test waits for.
            if (!"ping".equals(message.getString("type", null))) {
                messages.add(message);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).join();
    }
}
