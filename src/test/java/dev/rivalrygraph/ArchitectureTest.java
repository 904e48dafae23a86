package dev.rivalrygraph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package rules, read from the sources' text (imports, static imports and fully qualified names alike).
 * <p>
 * Layers, from the bottom: {@code error/} (the typed errors) imports nothing of the application,
 * {@code persistence/} (plumbing) only {@code error/}, {@code fact/} (the base entity and the rank rule) only those
 * two; the generic packages ({@code node/}, {@code page/}, {@code filter/}) and the features sit on them;
 * {@code api/} (GraphQL over HTTP in front of SmallRye) imports only the base, and no other package imports
 * {@code api/}. No two packages import each other.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/rivalrygraph");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.rivalrygraph\\.([a-z]+)\\.");

    /** The base, from the bottom: each package with the packages it may import. */
    private static final Map<String, Set<String>> BASE = Map.of("error", Set.of(), "persistence", Set.of("error"),
            "fact", Set.of("error", "persistence"));

    /** Package → the other packages it refers to, each with the files that do. */
    private static Map<String, Map<String, Set<String>>> references() throws IOException {
        Map<String, Map<String, Set<String>>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String from = relative.getName(0).toString();
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        found.computeIfAbsent(from, k -> new TreeMap<>())
                                .computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(relative.toString());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theSourcesAreRead() throws IOException {
        Map<String, Map<String, Set<String>>> references = references();
        // Guards against a wrong working directory reading nothing and passing every rule.
        assertTrue(references.keySet().containsAll(List.of("actor", "api", "curation", "node", "path")),
                references.keySet().toString());
        assertTrue(references.get("path").containsKey("fact"), references.get("path").toString());
    }

    @Test
    void theBaseImportsOnlyWhatIsBelowIt() throws IOException {
        Map<String, Map<String, Set<String>>> references = references();
        BASE.forEach((base, below) -> {
            Map<String, Set<String>> above = new TreeMap<>(references.getOrDefault(base, Map.of()));
            above.keySet().removeAll(below);
            assertEquals(Map.of(), above, base + "/ imports packages above it");
        });
    }

    @Test
    void noPackageImportsApi() throws IOException {
        Map<String, Set<String>> importers = new TreeMap<>();
        references().forEach((from, to) -> {
            if (to.containsKey("api")) {
                importers.put(from, to.get("api"));
            }
        });
        assertEquals(Map.of(), importers);
    }

    @Test
    void apiImportsOnlyTheBase() throws IOException {
        Map<String, Set<String>> features = new TreeMap<>(references().getOrDefault("api", Map.of()));
        features.keySet().removeAll(BASE.keySet());
        assertEquals(Map.of(), features);
    }

    @Test
    void noTwoPackagesImportEachOther() throws IOException {
        Map<String, Map<String, Set<String>>> references = references();
        Map<String, String> twoWay = new TreeMap<>();
        references.forEach((a, to) -> to.forEach((b, files) -> {
            if (a.compareTo(b) < 0 && references.getOrDefault(b, Map.of()).containsKey(a)) {
                twoWay.put(a + "<->" + b, files + " / " + references.get(b).get(a));
            }
        }));
        assertEquals(Map.of(), twoWay, "packages that import each other (the files each way)");
    }
}
