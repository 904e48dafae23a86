package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills each seed source's full text from the article file shipped on the classpath ({@code seeds/*.txt}), so the
 * articles are stored once, as published, rather than re-typed into SQL string literals.
 */
public class V3__Load_source_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        Map<Long, String> files = new LinkedHashMap<>();
        try (PreparedStatement select = context.getConnection()
                .prepareStatement("SELECT id, seed_file FROM source WHERE seed_file IS NOT NULL ORDER BY id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                files.put(rows.getLong(1), rows.getString(2));
            }
        }
        try (PreparedStatement update = context.getConnection()
                .prepareStatement("UPDATE source SET body = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> file : files.entrySet()) {
                update.setString(1, read(file.getValue()));
                update.setLong(2, file.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Seed article " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
