package dev.rivalrygraph.generator;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.OnlyTheSeeds;
import dev.rivalrygraph.graphiql.CanonicalQuery;
import dev.rivalrygraph.seeds.ProvenanceTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scale generator keeps the model's invariants (every fact cited, every excerpt in its source's text), leaves
 * the canonical question's answer as it was (each copy is a graph of its own, people included), and takes the
 * database back to the seeds exactly.
 */
@QuarkusTest
@TestProfile(OnlyTheSeeds.class)
class SyntheticDataTest {

    private static final int SCALE = 3;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToTheSeeds() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            SyntheticData.scale(db, 1);
        }
    }

    @Test
    void copiesTheSeedsWithTheirPeopleAndCitations() throws SQLException {
        String seeds = GraphQL.post(CanonicalQuery.QUERY).body("errors", nullValue()).extract().asString();
        long seedFacts = count("fact");
        long people = count("person");

        SyntheticData.Result result;
        try (Connection db = dataSource.getConnection()) {
            result = SyntheticData.scale(db, SCALE);
        }
        assertEquals(SCALE - 1, result.copiesAfter());
        assertEquals(SCALE * seedFacts, result.facts(), "every fact, copied");
        assertEquals(SCALE * people, count("person"));
        assertEquals(5L * SCALE, result.sources());

        // The canonical question asks about the seed Mark Zuckerberg: the copies do not change its answer ...
        assertEquals(seeds, GraphQL.post(CanonicalQuery.QUERY).body("errors", nullValue()).extract().asString());
        // ... and the same question about a copy's Mark Zuckerberg walks that copy's companies, products and metrics.
        int last = SCALE - 1;
        JsonPath copy = GraphQL.post(CanonicalQuery.QUERY.replace("Mark Zuckerberg", "Mark Zuckerberg #" + last))
                .body("errors", nullValue()).extract().jsonPath();
        JsonPath seed = JsonPath.from(seeds);
        List<String> seedCompanies = seed.getList("data.person.companies.name");
        assertEquals(seedCompanies.stream().map(name -> name + " #" + last).toList(),
                copy.getList("data.person.companies.name"));
        assertEquals(metrics(seed), metrics(copy), "user metrics in the canonical answer");
        assertTrue(metrics(seed) > 0, "the canonical answer has user metrics");

        assertEquals(0, scalar("SELECT COUNT(*) FROM fact f WHERE NOT EXISTS"
                + " (SELECT 1 FROM citation c WHERE c.fact_id = f.id)"), "facts without a citation");
        List<String> missing = new ArrayList<>();
        JsonPath sources = GraphQL.post("{ sources(first: 100) { nodes { title text citations { excerpt } } } }").extract().jsonPath();
        List<Map<String, Object>> all = sources.getList("data.sources.nodes");
        assertEquals(5 * SCALE, all.size());
        for (Map<String, Object> source : all) {
            String text = ProvenanceTest.normalise((String) source.get("text"));
            for (Object citation : (List<?>) source.get("citations")) {
                String excerpt = ProvenanceTest.normalise((String) ((Map<?, ?>) citation).get("excerpt"));
                if (!text.contains(excerpt)) {
                    missing.add(source.get("title") + ": " + excerpt);
                }
            }
        }
        assertEquals(List.of(), missing, "excerpts not found in their source");

        try (Connection db = dataSource.getConnection()) {
            SyntheticData.scale(db, 1);
        }
        assertEquals(seedFacts, count("fact"), "scale 1 is the seeds again");
        assertEquals(5, count("source"));
    }

    private static int metrics(JsonPath answer) {
        List<List<List<Object>>> perCompany = answer.getList("data.person.companies.products.userMetrics");
        return perCompany.stream().flatMap(List::stream).mapToInt(List::size).sum();
    }

    private long count(String table) throws SQLException {
        return scalar("SELECT COUNT(*) FROM " + table);
    }

    private long scalar(String sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
