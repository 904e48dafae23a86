package dev.rivalrygraph.generator;

import dev.rivalrygraph.fact.Statements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scales the graph to a multiple of the seed dataset for tests and benchmarks: at scale N it holds the seeds plus
 * N - 1 synthetic copies of every seed record, people included. Copy k renames what it copies ("Mark Zuckerberg #k",
 * "Meta #k", "Threads #k") and links only to its own records, so the data grows N-fold while a question about one
 * seed record (the canonical question about Mark Zuckerberg) has the same answer at every scale: what grows is what
 * a query must search, not what it returns. Every copied fact keeps its citations; each cites a synthetic source k
 * of the seed article it quoted, whose text is made of the excerpts cited from it, so every excerpt still occurs in
 * its source's text.
 * <p>
 * Copies take ids {@code BASE + k * STRIDE + seed id}, far above the ids the application's sequences hand out
 * (from 100000), so the two never meet. Plain SQL that H2 and PostgreSQL both run: one INSERT ... SELECT per table
 * for all new copies at once, which keeps 1000x to seconds.
 */
public final class SyntheticData {

    static final long BASE = 1_000_000_000L;
    static final long STRIDE = 10_000L;
    /** Seed records have ids below this; they are what gets copied. */
    private static final long SEED_LIMIT = 100_000L;

    /**
     * Tables in the order rows must be inserted (referenced before referencing), each with the column that ties a
     * row to its seed record and its columns, marked: {@code id*} a reference to a copied record (shifted to the
     * copy's id), {@code parent_id^} a reference to a row of the same table (shifted too, but set once all rows
     * are in: H2 checks a foreign key row by row), {@code name+} a name the copy suffixes with " #k";
     * unmarked columns are copied as is.
     */
    private static final Map<String, String> TABLES = tables(
            "fact", "id* fact_type fact_rank rank_reason superseded inferred",
            "actor", "id* name+ description",
            "person", "id*",
            "organization", "id* org_kind country parent_id^",
            "product", "id* name+ product_kind owner_id* based_on_id^ version_of_id^ status description",
            "alias", "id* subject_id* name+ alias_kind",
            "role", "id* person_id* organization_id* role_kind title start_on start_precision end_on end_precision former",
            "user_metric", "id* product_id* metric_kind amount qualifier region period_start period_end"
                    + " period_precision measured_by_id* note",
            "investment", "id* investor_id* investee_id* target investment_kind status currency local_currency amount"
                    + " amount_local qualifier valuation_before valuation_before_local valuation_after"
                    + " valuation_after_local occurred_on occurred_precision period_end description valuation_before_qualifier",
            "partnership", "id* status focus occurred_on occurred_precision",
            "partnership_party", "partnership_id* actor_id*",
            "rivalry", "id* title+ description",
            "rivalry_party", "rivalry_id* actor_id* side",
            "rivalry_round", "id* rivalry_id* round_no title+ period_start period_end period_precision description",
            "event", "id* event_kind title+ description occurred_on occurred_precision product_id* round_id*",
            "event_participant", "event_id* actor_id*",
            "claim", "id* claim_kind content speaker_id* stated_on stated_precision context round_id* property"
                    + " asserted_value property_of_id*",
            "claim_subject", "claim_id* subject_id*",
            "citation", "id* fact_id* source_id* excerpt credited credited_org_id*");

    private SyntheticData() {
    }

    /** What {@link #scale} did: the copies added or removed and the rows the graph then holds. */
    public record Result(int copiesBefore, int copiesAfter, long facts, long citations, long sources) {
    }

    /** Makes the database hold the seeds plus {@code factor - 1} copies: adds the missing, removes the extra. */
    public static Result scale(Connection db, int factor) throws SQLException {
        if (factor < 1 || factor > (Long.MAX_VALUE - BASE) / STRIDE) {
            throw new IllegalArgumentException("scale factor must be 1 or more: " + factor);
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            int before = copies(db);
            checkSeedIdsFitTheStride(db);
            if (before >= factor) {
                remove(db, factor);
            } else {
                add(db, before + 1, factor - 1);
            }
            Statements.rebuild(db);
            db.commit();
            analyze(db);
            return new Result(before, factor - 1, count(db, "fact"), count(db, "citation"), count(db, "source"));
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /**
     * PostgreSQL plans with statistics it gathers now and then: after a bulk change they are stale and a query on the
     * new rows may scan where it should seek. H2 needs nothing.
     */
    private static void analyze(Connection db) throws SQLException {
        if ("PostgreSQL".equals(db.getMetaData().getDatabaseProductName())) {
            try (Statement sql = db.createStatement()) {
                sql.execute("ANALYZE");
            }
        }
    }

    /** The copies present: the highest copy number among the synthetic sources, 0 for none. */
    static int copies(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet max = sql.executeQuery("SELECT MAX(id) FROM source WHERE id >= " + BASE)) {
            max.next();
            long id = max.getLong(1);
            return max.wasNull() ? 0 : (int) ((id - BASE) / STRIDE);
        }
    }

    private static void add(Connection db, int first, int last) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE synthetic_copy (k INT PRIMARY KEY)");
            try (PreparedStatement copy = db.prepareStatement("INSERT INTO synthetic_copy (k) VALUES (?)")) {
                for (int k = first; k <= last; k++) {
                    copy.setInt(1, k);
                    copy.addBatch();
                }
                copy.executeBatch();
            }
            addSources(db);
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                sql.executeUpdate(copySql(table.getKey(), table.getValue()));
                for (String column : selfReferences(table.getValue())) {
                    sql.executeUpdate(linkSql(table.getKey(), column, first));
                }
            }
            sql.execute("DROP TABLE synthetic_copy");
        }
    }

    /** Synthetic source k of each seed article: its title and metadata, and the excerpts cited from it as text. */
    private static void addSources(Connection db) throws SQLException {
        Map<Long, List<String>> excerpts = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT s.id, s.title, c.excerpt FROM source s"
                        + " JOIN citation c ON c.source_id = s.id WHERE s.id < " + SEED_LIMIT + " AND c.fact_id < "
                        + SEED_LIMIT + " ORDER BY s.id, c.id")) {
            while (rows.next()) {
                titles.put(rows.getLong(1), rows.getString(2));
                excerpts.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(3));
            }
        }
        List<Integer> copies = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT k FROM synthetic_copy ORDER BY k")) {
            while (rows.next()) {
                copies.add(rows.getInt(1));
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO source (id, title, publisher,"
                + " published_note, body) VALUES (?, ?, 'Rivalry Graph synthetic data', ?, ?)")) {
            for (int k : copies) {
                for (Map.Entry<Long, String> seed : titles.entrySet()) {
                    insert.setLong(1, copyId(seed.getKey(), k));
                    insert.setString(2, seed.getValue() + " #" + k);
                    insert.setString(3, "Synthetic copy " + k + " of source " + seed.getKey()
                            + ", generated for scale tests: not a published article.");
                    insert.setString(4, String.join("\n\n", excerpts.get(seed.getKey())));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** INSERT ... SELECT of every seed row of the table once per new copy. */
    static String copySql(String table, String columnSpec) {
        String[] columns = columnSpec.split(" ");
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            String name = column.replaceAll("[*^+]$", "");
            names.add(name);
            String value = "t." + name;
            String shifted = "t." + name + " + " + BASE + " + c.k * " + STRIDE;
            values.add(switch (column.charAt(column.length() - 1)) {
                case '*' -> shifted;
                case '^' -> "NULL";
                case '+' -> value + " || ' #' || CAST(c.k AS VARCHAR(10))";
                default -> value;
            });
        }
        String key = "t." + names.get(0);
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", values)
                + " FROM " + table + " t CROSS JOIN synthetic_copy c WHERE " + key + " < " + SEED_LIMIT
                // Ascending ids put a product before its versions, an organization before its subsidiaries.
                + " ORDER BY c.k, " + key;
    }

    /** Sets a same-table reference of the new copies: the seed row's, shifted like the row itself. */
    private static String linkSql(String table, String column, int firstCopy) {
        String seedId = "MOD(" + table + ".id - " + BASE + ", " + STRIDE + ")";
        return "UPDATE " + table + " SET " + column + " = (SELECT s." + column + " FROM " + table + " s WHERE s.id = "
                + seedId + ") + " + table + ".id - " + seedId + " WHERE id >= " + copyId(0, firstCopy);
    }

    private static List<String> selfReferences(String columnSpec) {
        return Arrays.stream(columnSpec.split(" ")).filter(c -> c.endsWith("^"))
                .map(c -> c.substring(0, c.length() - 1)).toList();
    }

    /** Deletes copies {@code factor} and up, referencing rows before the rows they reference. */
    private static void remove(Connection db, int factor) throws SQLException {
        long from = BASE + factor * STRIDE;
        List<String> tables = new ArrayList<>(TABLES.keySet());
        try (Statement sql = db.createStatement()) {
            for (String table : tables) {
                // Rows that point at rows of their own table: unlink them first.
                for (String column : selfReferences(TABLES.get(table))) {
                    sql.executeUpdate("UPDATE " + table + " SET " + column + " = NULL WHERE id >= " + from);
                }
            }
            for (int i = tables.size() - 1; i >= 0; i--) {
                String key = TABLES.get(tables.get(i)).split("[* ]")[0];
                sql.executeUpdate("DELETE FROM " + tables.get(i) + " WHERE " + key + " >= " + from);
            }
            sql.executeUpdate("DELETE FROM source WHERE id >= " + from);
        }
    }

    private static void checkSeedIdsFitTheStride(Connection db) throws SQLException {
        for (String table : List.of("fact", "citation", "source")) {
            try (Statement sql = db.createStatement();
                    ResultSet max = sql.executeQuery("SELECT MAX(id) FROM " + table + " WHERE id < " + SEED_LIMIT)) {
                max.next();
                if (max.getLong(1) >= STRIDE) {
                    throw new IllegalStateException(table + " has seed ids up to " + max.getLong(1)
                            + "; copies are " + STRIDE + " ids apart, so they would overlap");
                }
            }
        }
    }

    static long copyId(long seedId, int k) {
        return BASE + k * STRIDE + seedId;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet n = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            n.next();
            return n.getLong(1);
        }
    }

    private static Map<String, String> tables(String... nameThenColumns) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (int i = 0; i < nameThenColumns.length; i += 2) {
            tables.put(nameThenColumns[i], nameThenColumns[i + 1]);
        }
        return tables;
    }
}
