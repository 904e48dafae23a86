package dev.rivalrygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar, started as an operator would start it, on a free port and its own data directory: for tests
 * that need to stop and restart it, or to point a browser or another client at it.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Path dataDir;
    private final int port = freePort();
    private Process process;

    public PackagedApp(Path dataDir) {
        this.dataDir = dataDir;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the jar and returns once it serves requests. */
    public void start() throws IOException, InterruptedException {
        assertTrue(Files.exists(JAR), "package the application first: " + JAR);
        process = new ProcessBuilder("java", "-Drivalry.data-dir=" + dataDir.toAbsolutePath(),
                "-Dquarkus.http.port=" + port, "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile())
                .start();
        // Generous: on a loaded two-core machine the JVM alone can take most of a minute to boot.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl() + "/q/graphql-ui/?query=x")
                        .toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("application did not start: " + Files.readString(dataDir.resolve("app.log")));
    }

    public void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "application stops on SIGTERM");
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
