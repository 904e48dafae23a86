package dev.rivalrygraph.conflict;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Qualifier;
import dev.rivalrygraph.fact.Rank;
import dev.rivalrygraph.fact.Ranks;
import dev.rivalrygraph.metric.MetricKind;
import dev.rivalrygraph.metric.UserMetric;
import dev.rivalrygraph.source.Citation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Conflicts are computed from the data: every disagreement in the seed articles is found, each side with its records
 * and citations, and a new record that disagrees shows up with no code change.
 */
@QuarkusTest
class ConflictsTest {

    private static final String CONFLICT = "subject { id ... on Subject { name } } property qualifier resolved"
            + " values { value records { __typename rank citations { excerpt source { title } } } }";

    private final List<Fact> added = new ArrayList<>();

    /**
     * Worked out from the articles (V4's header, V9 and docs/data.md list each with its sources). Different values
     * are listed by default; a name spelled with other spacing, punctuation or a plural s only on request; a name
     * that differs only in letter case (Character.ai / Character.AI, LLaMA / Llama) is an alias, never a conflict.
     */
    @Test
    void everyDisagreementInTheSeedsIsFoundWithItsCitations() {
        assertEquals(Stream.of(
                "VALUE Noam Shazeer | name |  = Noam Shazeer / Noam Sherzier",
                "VALUE LLaMA | kind |  = LANGUAGE_MODEL / CHATBOT",
                "VALUE MetaAI | kind |  = CHATBOT / ASSISTANT",
                "VALUE AI Persona | kind |  = CHATBOT / FEATURE",
                "VALUE LLaMA | trained on user data |  = no / yes",
                "VALUE Character.ai | conversation partners |  = virtual characters / people",
                "VALUE Investment | amount |  = USD 13000000000.00 / hundreds of trillions of won")
                .sorted().toList(), conflicts(""));
        assertEquals(Stream.of(
                "SPELLING OpenAI | name |  = OpenAI / Open AI",
                "SPELLING Threads | name |  = Threads / Thread",
                "SPELLING MetaAI | name |  = MetaAI / Meta AI").sorted().toList(), conflicts("kinds: [SPELLING]"));
        assertEquals(10, conflicts("kinds: [VALUE, SPELLING]").size());
        GraphQL.post("{ conflicts(kinds: []) { totalCount } }").body("data.conflicts.totalCount", equalTo(0));
        GraphQL.post("{ conflicts(kinds: null) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ conflicts(kinds: [VALUE, null]) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    /** The conflicts the arguments select, described one a line, sorted; every side is cited. */
    private static List<String> conflicts(String arguments) {
        JsonPath json = GraphQL.post("{ conflicts(first: 100 " + arguments + ") { totalCount nodes { kind "
                + CONFLICT + " } } }").body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> conflicts = json.getList("data.conflicts.nodes");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> conflict : conflicts) {
            found.add(conflict.get("kind") + " " + describe(conflict));
            for (Map<?, ?> value : values(conflict)) {
                for (Object record : (List<?>) value.get("records")) {
                    assertFalse(((List<?>) ((Map<?, ?>) record).get("citations")).isEmpty(),
                            "every side is cited: " + describe(conflict));
                }
            }
        }
        assertEquals(found.size(), json.getInt("data.conflicts.totalCount"));
        found.sort(null);
        return found;
    }

    @Test
    void aSubjectsConflictsIncludeTheStatementsThatConcernIt() {
        GraphQL.post("{ product(name: \"LLaMA\") { conflicts { totalCount nodes { property } } } }")
                .body("errors", nullValue())
                .body("data.product.conflicts.nodes.property", containsInAnyOrder("kind", "trained on user data"));
        // Microsoft's investment is a conflict of OpenAI's and Microsoft's; OpenAI's spelling only on request.
        String openAi = GraphQL.idOf("organization(name: \"OpenAI\")");
        GraphQL.post("query($id: ID) { conflicts(subject: $id) { nodes { property } } }", Map.of("id", openAi))
                .body("errors", nullValue())
                .body("data.conflicts.nodes.property", contains("amount"));
        GraphQL.post("query($id: ID) { conflicts(subject: $id, kinds: [VALUE, SPELLING]) { nodes { property kind } } }",
                        Map.of("id", openAi))
                .body("errors", nullValue())
                .body("data.conflicts.nodes.property", containsInAnyOrder("name", "amount"))
                .body("data.conflicts.nodes.find { it.property == 'name' }.kind", equalTo("SPELLING"));
        GraphQL.post("{ organization(name: \"Microsoft\") { conflicts(kinds: [SPELLING]) { totalCount } } }")
                .body("errors", nullValue())
                .body("data.organization.conflicts.totalCount", equalTo(0));
        GraphQL.post("{ organization(name: \"Microsoft\") { conflicts { nodes { property kind } } } }")
                .body("errors", nullValue())
                .body("data.organization.conflicts.nodes.property", contains("amount"))
                .body("data.organization.conflicts.nodes.kind", contains("VALUE"));
        // A claim says which record its property is about.
        GraphQL.post("{ claims(textContains: \"LLaMA is a chatbot\") { nodes { property assertedValue"
                        + " propertyOf { ... on Subject { name } } } } }")
                .body("errors", nullValue())
                .body("data.claims.nodes.propertyOf.name", contains("LLaMA"))
                .body("data.claims.nodes.assertedValue", contains("CHATBOT"));
        GraphQL.post("{ person(name: \"Sam Altman\") { conflicts { totalCount } } }")
                .body("data.person.conflicts.totalCount", equalTo(0));
    }

    @Test
    void aNewFigureThatDisagreesShowsUpUntilACuratorSettlesIt() {
        String threads = "Threads";
        UserMetric other = addMetric(threads, 1_700_000L);
        String query = "query($ranks: RankSelection) { product(name: \"Threads\", ranks: $ranks) {"
                + " conflicts { nodes { property qualifier resolved values { value } } } } }";
        GraphQL.post(query).body("errors", nullValue())
                .body("data.product.conflicts.nodes.find { it.property == 'users DAU' }.qualifier",
                        equalTo("U.S., 2024-02-01 to 2024-02-29"))
                .body("data.product.conflicts.nodes.find { it.property == 'users DAU' }.values.value",
                        contains("EXACT 1600000", "EXACT 1700000"));

        rank(other, Rank.PREFERRED, "the analytics firm's corrected figure");
        GraphQL.post(query).body("errors", nullValue())
                .body("data.product.conflicts.nodes.property", not(hasItem("users DAU")));
        GraphQL.post(query, Map.of("ranks", "ALL")).body("errors", nullValue())
                .body("data.product.conflicts.nodes.find { it.property == 'users DAU' }.resolved", equalTo(true));

        rank(other, Rank.DEPRECATED, "misread the chart");
        GraphQL.post(query).body("errors", nullValue())
                .body("data.product.conflicts.nodes.property", not(hasItem("users DAU")));
    }

    @Test
    void conflictsArePagedWithCursors() {
        JsonPath first = GraphQL.post("{ conflicts(first: 4) { totalCount pageInfo { hasNextPage endCursor }"
                + " nodes { property subject { id } } } }").body("errors", nullValue()).extract().jsonPath();
        assertEquals(4, first.getList("data.conflicts.nodes").size());
        assertEquals(true, first.getBoolean("data.conflicts.pageInfo.hasNextPage"));
        JsonPath next = GraphQL.post("query($after: String) { conflicts(first: 100, after: $after) { nodes { property subject { id } } } }",
                Map.of("after", first.getString("data.conflicts.pageInfo.endCursor"))).body("errors", nullValue())
                .extract().jsonPath();
        assertEquals(first.getInt("data.conflicts.totalCount") - 4, next.getList("data.conflicts.nodes").size());
        assertNotEquals(first.getList("data.conflicts.nodes").get(0), next.getList("data.conflicts.nodes").get(0));
        GraphQL.post("{ conflicts(first: 101) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ conflicts(subject: \"UHJvZHVjdDo5OTk5OTk\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    private static String describe(Map<String, Object> conflict) {
        Map<?, ?> subject = (Map<?, ?>) conflict.get("subject");
        Object name = subject.get("name") != null ? subject.get("name")
                : new String(java.util.Base64.getDecoder().decode((String) subject.get("id"))).split(":")[0];
        return name + " | " + conflict.get("property") + " | " + (conflict.get("qualifier") == null ? ""
                : conflict.get("qualifier")) + " = " + values(conflict).stream().map(v -> (String) v.get("value"))
                .collect(Collectors.joining(" / "));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> values(Map<String, Object> conflict) {
        return (List<Map<?, ?>>) conflict.get("values");
    }

    private UserMetric addMetric(String productName, long amount) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UserMetric metric = new UserMetric();
            metric.productId = dev.rivalrygraph.product.Product.<dev.rivalrygraph.product.Product>find("name", productName)
                    .firstResult().id;
            metric.kind = MetricKind.DAU;
            metric.amount = amount;
            metric.qualifier = Qualifier.EXACT;
            metric.region = "U.S.";
            metric.periodStart = LocalDate.of(2024, 2, 1);
            metric.periodEnd = LocalDate.of(2024, 2, 29);
            metric.precision = DatePrecision.MONTH;
            metric.persist();
            Citation citation = new Citation();
            citation.factId = metric.id;
            citation.sourceId = 1L;
            citation.excerpt = "generated for the conflicts test";
            citation.persist();
            added.add(metric);
            return metric;
        });
    }

    private static void rank(Fact fact, Rank rank, String reason) {
        QuarkusTransaction.requiringNew().call(() -> {
            Ranks.change(Fact.findById(fact.id), rank, reason);
            return null;
        });
    }

    @AfterEach
    void removeTestData() {
        QuarkusTransaction.requiringNew().run(() -> {
            Citation.delete("factId in ?1", added.stream().map(f -> f.id).toList());
            added.forEach(f -> Fact.<Fact>findById(f.id).delete());
        });
        added.clear();
    }
}
