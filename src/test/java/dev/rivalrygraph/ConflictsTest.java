package dev.rivalrygraph;

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

    /** Worked out from the articles; V4's header and V9 list each with its sources. */
    @Test
    void everyDisagreementInTheSeedsIsFoundWithItsCitations() {
        JsonPath json = GraphQL.post("{ conflicts(first: 100) { totalCount nodes { " + CONFLICT + " } } }")
                .body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> conflicts = json.getList("data.conflicts.nodes");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> conflict : conflicts) {
            found.add(describe(conflict));
            for (Map<?, ?> value : values(conflict)) {
                for (Object record : (List<?>) value.get("records")) {
                    assertFalse(((List<?>) ((Map<?, ?>) record).get("citations")).isEmpty(),
                            "every side is cited: " + describe(conflict));
                }
            }
        }
        found.sort(null);
        assertEquals(Stream.of(
                "Noam Shazeer | name |  = Noam Shazeer / Noam Sherzier",
                "Character.ai | name |  = Character.ai / Character.AI", // the organization
                "Character.ai | name |  = Character.ai / Character.AI", // and its product
                "OpenAI | name |  = OpenAI / Open AI",
                "Threads | name |  = Threads / Thread",
                "MetaAI | name |  = MetaAI / Meta AI",
                "LLaMA | name |  = LLaMA / LLaMa / Llama",
                "Llama 3 | name |  = Llama 3 / LLaMA 3",
                "LLaMA | kind |  = LANGUAGE_MODEL / CHATBOT",
                "MetaAI | kind |  = CHATBOT / ASSISTANT",
                "AI Persona | kind |  = CHATBOT / FEATURE",
                "LLaMA | trained on user data |  = no / yes",
                "Character.ai | conversation partners |  = virtual characters / people",
                "Elon Musk | stake | at X = OWNER / SHAREHOLDER",
                "Investment | amount |  = USD 13000000000.00 / hundreds of trillions of won").sorted().toList(), found);
        assertEquals(15, json.getInt("data.conflicts.totalCount"));
        assertEquals(15, conflicts.size());
    }

    @Test
    void aSubjectsConflictsIncludeTheStatementsThatConcernIt() {
        GraphQL.post("{ product(name: \"LLaMA\") { conflicts { totalCount nodes { property } } } }")
                .body("errors", nullValue())
                .body("data.product.conflicts.nodes.property",
                        containsInAnyOrder("kind", "name", "trained on user data"));
        // Musk's stake in X is a conflict of X's too; Microsoft's investment one of OpenAI's and Microsoft's.
        GraphQL.post("{ organization(name: \"X\") { conflicts { nodes { property qualifier subject { ... on Subject { name } } } } } }")
                .body("errors", nullValue())
                .body("data.organization.conflicts.nodes.property", contains("stake"))
                .body("data.organization.conflicts.nodes.subject.name", contains("Elon Musk"));
        String openAi = GraphQL.idOf("organization(name: \"OpenAI\")");
        GraphQL.post("query($id: ID) { conflicts(subject: $id) { nodes { property } } }", Map.of("id", openAi))
                .body("errors", nullValue())
                .body("data.conflicts.nodes.property", containsInAnyOrder("name", "amount"));
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
