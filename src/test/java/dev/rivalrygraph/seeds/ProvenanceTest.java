package dev.rivalrygraph.seeds;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.OnlyTheSeeds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every fact is traceable: each record is cited, and each citation quotes its source verbatim. */
@QuarkusTest
@TestProfile(OnlyTheSeeds.class)
public class ProvenanceTest {

    @Inject
    EntityManager em;

    @Test
    void everyExcerptOccursVerbatimInItsSource() {
        JsonPath answer = GraphQL.post("{ sources { nodes { title text citations { id excerpt offsets { start end } } } } }").extract().jsonPath();
        List<Map<String, Object>> sources = answer.getList("data.sources.nodes");
        assertEquals(5, sources.size());
        int checked = 0;
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> source : sources) {
            String raw = (String) source.get("text");
            String text = normalise(raw);
            for (Object c : (List<?>) source.get("citations")) {
                Map<?, ?> citation = (Map<?, ?>) c;
                String excerpt = normalise((String) citation.get("excerpt"));
                Map<?, ?> offsets = (Map<?, ?>) citation.get("offsets");
                checked++;
                // Verbatim, and where the offsets say: the quote can be shown in context.
                if (excerpt.isBlank() || !text.contains(excerpt) || offsets == null || !excerpt.equals(normalise(
                        raw.substring((Integer) offsets.get("start"), (Integer) offsets.get("end"))))) {
                    missing.add(source.get("title") + ": " + excerpt);
                }
            }
        }
        assertTrue(missing.isEmpty(), "excerpts not found in their source: " + missing);
        assertTrue(checked > 200, "the seeds are cited throughout; only " + checked + " citations");
    }

    @Test
    void theStoredTextsAreTheSeedArticlesAsShipped() throws IOException {
        JsonPath answer = GraphQL.post("{ sources { nodes { text } } }").extract().jsonPath();
        List<String> texts = answer.getList("data.sources.nodes.text");
        for (String file : List.of("000_8cd402094887e855", "001_d39dee8881f52054", "002_05352a6ec223ec41",
                "003_730a136b89c96878", "004_798332fd4912e382")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/" + file + ".txt")) {
                String seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(texts.contains(seed), file + " is stored byte for byte");
            }
        }
    }

    @Test
    void everyFactRecordHasACitation() {
        List<?> uncited = em.createQuery(
                "select f.id from Fact f where not exists (select c.id from Citation c where c.factId = f.id)")
                .getResultList();
        assertEquals(List.of(), uncited, "fact records without a citation");
        long facts = em.createQuery("select count(f) from Fact f", Long.class).getSingleResult();
        assertTrue(facts > 150, "the seeds hold well over 150 fact records; found " + facts);
    }

    @Test
    void everyCitationIsOfAFactAndASource() {
        long dangling = em.createQuery("select count(c) from Citation c where c.factId not in (select f.id from Fact f)"
                + " or c.sourceId not in (select s.id from Source s)", Long.class).getSingleResult();
        assertEquals(0, dangling);
    }

    /** Collapses runs of whitespace, so excerpts match across the articles' line breaks and double spaces. */
    public static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
