package dev.rivalrygraph.seeds;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.OnlyTheSeeds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every claim is traceable to its sentence: a quote is in its excerpt word for word, and so is its speaker's name. */
@QuarkusTest
@TestProfile(OnlyTheSeeds.class)
class ClaimsFromTheSeedsTest {

    @Test
    void everyQuoteIsVerbatimInOneOfItsExcerpts() {
        List<Map<String, Object>> quotes = GraphQL.post(
                "{ claims(kind: QUOTE, first: 100) { nodes { text citations { excerpt } } } }")
                .extract().jsonPath().getList("data.claims.nodes");
        List<String> unsupported = new ArrayList<>();
        for (Map<String, Object> quote : quotes) {
            String text = ProvenanceTest.normalise((String) quote.get("text"));
            if (excerpts(quote).stream().noneMatch(excerpt -> excerpt.contains(text))) {
                unsupported.add(text);
            }
        }
        assertEquals(List.of(), unsupported);
        assertEquals(12, quotes.size(), "the seeds quote 12 sayings");
    }

    /** Articles name a person by full name or surname, an organization by name or a short name ("Meta"). */
    @Test
    void everySpeakerIsNamedInOneOfItsClaimsExcerpts() {
        List<Map<String, Object>> claims = GraphQL.post("{ claims(first: 100) { nodes { text"
                + " speaker { __typename name aliases { name } } citations { excerpt } } } }")
                .extract().jsonPath().getList("data.claims.nodes");
        List<String> unnamed = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> claim : claims) {
            Map<?, ?> speaker = (Map<?, ?>) claim.get("speaker");
            if (speaker == null) {
                continue;
            }
            checked++;
            List<String> names = new ArrayList<>();
            String name = (String) speaker.get("name");
            names.add(name);
            if ("Person".equals(speaker.get("__typename"))) {
                names.add(name.substring(name.lastIndexOf(' ') + 1));
            }
            ((List<?>) speaker.get("aliases")).forEach(alias -> names.add((String) ((Map<?, ?>) alias).get("name")));
            if (excerpts(claim).stream().noneMatch(excerpt -> names.stream().anyMatch(excerpt::contains))) {
                unnamed.add(name + ": " + claim.get("text"));
            }
        }
        assertEquals(List.of(), unnamed);
        assertEquals(27, checked, "the seeds attribute 27 claims to a speaker");
    }

    private static List<String> excerpts(Map<String, Object> claim) {
        return ((List<?>) claim.get("citations")).stream()
                .map(c -> ProvenanceTest.normalise((String) ((Map<?, ?>) c).get("excerpt"))).toList();
    }
}
