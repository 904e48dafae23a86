package dev.rivalrygraph.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs node on a script in src/test/js, with the npm packages that {@code npm ci} installed there. */
final class NodeScript {

    static final Path DIR = Path.of("src", "test", "js");
    /** Where the scripts' logs, reports and screenshots go. */
    static final Path OUT = Path.of("target", "e2e").toAbsolutePath();

    record Run(int exitCode, String output) {
    }

    private NodeScript() {
    }

    /** Runs {@code node args…}, logging to target/e2e/{@code name}.log and echoing it, killed after the timeout. */
    static Run run(String name, Map<String, String> env, Duration timeout, String... args)
            throws IOException, InterruptedException {
        // Fail, never skip: whoever asked for these tests must have installed their packages.
        assertTrue(Files.isDirectory(DIR.resolve("node_modules")),
                "the npm packages are missing: run `npm ci` in " + DIR);
        Files.createDirectories(OUT);
        Path log = OUT.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process node = builder.start();
        boolean finished = node.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            // Chromium is node's child: leave nothing behind.
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        System.out.print(output);
        if (!finished) {
            fail("node " + String.join(" ", args) + " still running after " + timeout + ":\n" + output);
        }
        return new Run(node.exitValue(), output);
    }
}
