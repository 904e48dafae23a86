package dev.rivalrygraph.generator;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * {@code java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*'
 * dev.rivalrygraph.generator.GenerateCommand N} (see docs/operations.md, Data at scale) scales the database the application is configured for (RIVALRY_DB_URL, RIVALRY_DB_USER, RIVALRY_DB_PASSWORD;
 * the default H2 file ./data/rivalry otherwise) to N times the seeds. It applies the application's migrations
 * first, so an empty database works too; N = 1 takes it back to the seeds alone.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !args[0].matches("[1-9][0-9]{0,5}")) {
            System.err.println("usage: GenerateCommand SCALE   (1 = the seeds alone, 100 = the seeds and 99 copies)");
            System.exit(2);
        }
        int factor = Integer.parseInt(args[0]);
        String url = env("RIVALRY_DB_URL", "jdbc:h2:file:./data/rivalry");
        String user = env("RIVALRY_DB_USER", "sa");
        String password = env("RIVALRY_DB_PASSWORD", "");

        long start = System.nanoTime();
        Flyway.configure().dataSource(url, user, password).load().migrate();
        long migrated = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            SyntheticData.Result result = SyntheticData.scale(db, factor);
            long done = System.nanoTime();
            System.out.printf("%s: scale %dx (copies %d -> %d): %d facts, %d citations, %d sources;"
                    + " migrations %d ms, generation %d ms%n", db.getMetaData().getDatabaseProductName(), factor,
                    result.copiesBefore(), result.copiesAfter(), result.facts(), result.citations(), result.sources(),
                    (migrated - start) / 1_000_000, (done - migrated) / 1_000_000);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
