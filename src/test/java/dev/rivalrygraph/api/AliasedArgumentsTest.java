package dev.rivalrygraph.api;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;

/**
 * A batched field asked twice under different aliases with different arguments answers each alias from its own
 * arguments: the batch is keyed by the parent and the arguments, not by the field alone. These are the seed data's
 * facts (article 000: Threads' DAU and MAU; the rounds of Musk vs Zuckerberg).
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class AliasedArgumentsTest {

    @Test
    void aliasesOfANestedFieldKeepTheirOwnArguments() {
        JsonPath answer = GraphQL.post("""
                { product(name: "Threads") {
                    x: userMetrics(kind: DAU) { kind value }
                    y: userMetrics(kind: MAU) { kind value } } }""").extract().jsonPath();
        assertThat(answer.getList("data.product.x.kind"), contains("DAU"));
        assertThat(answer.getList("data.product.y.kind"), contains("MAU"));
        assertThat(answer.getList("data.product.y.value", Object.class).toString(), equalTo("[85000000]"));
    }

    @Test
    void aliasesUnderAListOfParentsKeepTheirOwnArguments() {
        JsonPath answer = GraphQL.post("""
                { person(name: "Mark Zuckerberg") { companies { products {
                    name
                    dau: userMetrics(kind: DAU) { kind }
                    mau: userMetrics(kind: MAU) { kind } } } } }""").extract().jsonPath();
        List<Map<String, List<Map<String, String>>>> products = answer.getList("data.person.companies.products")
                .stream().flatMap(list -> ((List<Map<String, List<Map<String, String>>>>) list).stream()).toList();
        assertThat(kinds(products, "dau"), everyItem(equalTo("DAU")));
        assertThat(kinds(products, "mau"), everyItem(equalTo("MAU")));
        assertThat(kinds(products, "dau"), hasItem("DAU"));
        assertThat(kinds(products, "mau"), hasItem("MAU"));
    }

    private static List<String> kinds(List<Map<String, List<Map<String, String>>>> products, String alias) {
        return products.stream().flatMap(product -> product.get(alias).stream()).map(m -> m.get("kind")).toList();
    }

    @Test
    void aliasesInFragmentsKeepTheirOwnArguments() {
        JsonPath answer = GraphQL.post("""
                { person(name: "Mark Zuckerberg") { ...Before ...After } }
                fragment Before on Person { before: companies(asOf: "2000-01-01") { name } }
                fragment After on Person { after: companies(asOf: "2024-06-15") { name } }""")
                .extract().jsonPath();
        assertThat(answer.getList("data.person.before"), equalTo(List.of()));
        assertThat(answer.getList("data.person.after.name"), hasItem("Meta Platforms"));
    }

    /** SmallRye 2.17 cached batched answers by an int hash of the arguments: these two regions hash alike. */
    @Test
    void argumentValuesWithTheSameHashAreStillDifferentValues() {
        assertThat("U.S.".hashCode(), equalTo("V\u000fS.".hashCode()));
        JsonPath answer = GraphQL.post("""
                { product(name: "Threads") {
                    us: userMetrics(kind: DAU, region: "U.S.") { region }
                    other: userMetrics(kind: DAU, region: "V\\u000fS.") { region } } }""").extract().jsonPath();
        assertThat(answer.getList("data.product.us.region"), contains("U.S."));
        assertThat(answer.getList("data.product.other"), equalTo(List.of()));
    }

    /** One alias's bad argument is its own error: the other alias of the same field is not blamed for it. */
    @Test
    void aBadArgumentFailsOnlyItsOwnAlias() {
        JsonPath answer = GraphQL.post("""
                { person(name: "Elon Musk") {
                    ok: claimsConnection(first: 1) { edges { cursor } }
                    bad: claimsConnection(first: 1, after: "not-a-cursor") { edges { cursor } } } }""")
                .extract().jsonPath();
        List<List<Object>> paths = answer.getList("errors.path");
        assertThat(paths, everyItem(hasItem("bad")));
        assertThat(answer.getList("errors.extensions.code"), everyItem(equalTo("BAD_USER_INPUT")));
        assertThat(paths.size(), equalTo(1));
    }
}
