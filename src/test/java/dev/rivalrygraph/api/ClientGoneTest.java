package dev.rivalrygraph.api;

import dev.rivalrygraph.Uncached;
import dev.rivalrygraph.GraphQL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request whose client has hung up stops running: no more SQL once the server has noticed. */
@QuarkusTest
@TestProfile(Uncached.class)
class ClientGoneTest {

    @TestHTTPResource("/graphql")
    URL graphql;

    @Inject
    SessionFactory sessionFactory;

    /** Allowed by every limit, yet seconds of work: 20 aliases, each fanning out through claims and subjects. */
    static String heavyQuery() {
        String inner = "subjects { name claimsAbout { subjects { name claimsAbout { subjects { name claimsAbout "
                + "{ text } } } } } }";
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < 20; i++) {
            query.append("a").append(i).append(": claims(first: 100) { nodes { ").append(inner).append(" } } ");
        }
        return query.append("}").toString();
    }

    @Test
    void executionStopsWhenTheClientGoesAway() throws Exception {
        byte[] body = GraphQL.payload(heavyQuery(), java.util.Map.of()).getBytes(StandardCharsets.UTF_8);
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            // Hang up once the query is running (on a loaded machine it can take seconds to start).
            long deadline = System.nanoTime() + 8_000_000_000L;
            while (statistics.getPrepareStatementCount() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
        }
        long atClose = statistics.getPrepareStatementCount();
        assertTrue(atClose > 0, "the query had started running");
        // Time for the server to notice and for fields already running to finish; without the check the query
        // runs on for its whole 10 s budget.
        Thread.sleep(3000);
        long settled = statistics.getPrepareStatementCount();
        Thread.sleep(3000);
        assertEquals(settled, statistics.getPrepareStatementCount(),
                "no SQL runs for a client that has gone (" + atClose + " statements when it closed)");
    }
}
