package dev.rivalrygraph;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application (the jar, or the native executable under -Dnative), started as an operator would start
 * it, on a free port and its own data directory: for tests that need to stop and restart it, or to point a browser
 * or another client at it.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path ARTIFACT = Path.of("target", "quarkus-artifact.properties");

    /**
     * What the stand-in libjvm of the toolchain that builds the native executable on this project's machines prints
     * when the JDK's native code calls a JVM function it does not implement, before it aborts (docs/native.md).
     */
    private static final String STUB_LIBJVM = "stub libjvm";

    private final Path dataDir;
    private final int port = freePort();
    private Process process;

    private final Map<String, String> environment;

    public PackagedApp(Path dataDir) {
        this(dataDir, Map.of());
    }

    /** @param environment extra environment variables, as an operator would set them (RIVALRY_DB_URL...) */
    public PackagedApp(Path dataDir, Map<String, String> environment) {
        this.dataDir = dataDir;
        this.environment = environment;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the application and returns once it serves requests. */
    public void start() throws IOException, InterruptedException {
        assertTrue(Files.exists(ARTIFACT), "package the application first: " + ARTIFACT);
        ProcessBuilder launch = new ProcessBuilder(command("-Drivalry.data-dir=" + dataDir.toAbsolutePath(),
                "-Dquarkus.http.port=" + port));
        launch.environment().putAll(environment);
        process = launch
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile())
                .start();
        // Generous: on a loaded two-core machine the JVM alone can take most of a minute to boot.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
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
        throw new IllegalStateException("application did not start: " + log());
    }

    public void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "application stops on SIGTERM");
        process = null;
        assertNoStubLibjvm();
    }

    /** Kills the application as a crash or the OOM killer would: SIGKILL, no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "application dies on SIGKILL");
        process = null;
        assertNoStubLibjvm();
    }

    /** The application's output so far (standard output and error), the log an operator would read. */
    public String log() {
        try {
            return Files.readString(dataDir.resolve("app.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertNoStubLibjvm() {
        String log = log();
        assertFalse(log.contains(STUB_LIBJVM), () -> "the native executable called a JVM function it lacks: " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            stop();
        }
    }

    /** The packaged application's command line, the jar run by this JVM or the native executable, with options. */
    private static List<String> command(String... options) throws IOException {
        Properties artifact = new Properties();
        try (Reader in = Files.newBufferedReader(ARTIFACT)) {
            artifact.load(in);
        }
        Path path = ARTIFACT.resolveSibling(artifact.getProperty("path"));
        List<String> command = new ArrayList<>();
        switch (artifact.getProperty("type")) {
            case "native" -> command.add(path.toAbsolutePath().toString());
            case "jar" -> command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            default -> throw new IllegalStateException("cannot start a packaged " + artifact.getProperty("type"));
        }
        // Both a JVM and a Quarkus native executable take -D options before anything else.
        command.addAll(List.of(options));
        if (artifact.getProperty("type").equals("jar")) {
            command.addAll(List.of("-jar", path.toString()));
        }
        return command;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
