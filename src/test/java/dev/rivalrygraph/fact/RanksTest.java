package dev.rivalrygraph.fact;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.actor.Alias;
import dev.rivalrygraph.actor.AliasKind;
import dev.rivalrygraph.claim.Claim;
import dev.rivalrygraph.claim.ClaimKind;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.metric.MetricKind;
import dev.rivalrygraph.metric.UserMetric;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.organization.OrganizationKind;
import dev.rivalrygraph.person.Person;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.product.ProductKind;
import dev.rivalrygraph.role.Role;
import dev.rivalrygraph.role.RoleKind;
import dev.rivalrygraph.source.Citation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Ranks: lists show the best values (no deprecated records, no normal record outranked on every statement it makes
 * by a preferred one), `ranks: ALL` shows everything, and a record asked for by id is found whatever its rank.
 */
@QuarkusTest
class RanksTest {

    private static final String GIZMO = """
            query($ranks: RankSelection) {
              product(name: "Ranktest Gizmo", ranks: $ranks) {
                rank rankReason
                aliases { name rank rankReason }
                claimsAbout { text property assertedValue rank }
              }
            }""";

    /** The canonical question's chain: person, companies (by role), products, user metrics. */
    private static final String CHAIN = """
            query($ranks: RankSelection) {
              person(name: "Ranktest Person", ranks: $ranks) {
                companies { name products { name userMetrics { value } } }
              }
            }""";

    private final List<Fact> added = new ArrayList<>();
    private Product gizmo;
    private Alias misspelling;
    private Claim otherKind;

    @BeforeEach
    void addAProductASpellingAndAClaimAboutItsKind() {
        QuarkusTransaction.requiringNew().run(() -> {
            gizmo = new Product();
            gizmo.name = "Ranktest Gizmo";
            gizmo.kind = ProductKind.CHATBOT;
            persist(gizmo);
            misspelling = new Alias();
            misspelling.subjectId = gizmo.id;
            misspelling.name = "Ranktest Gizmoo";
            misspelling.kind = AliasKind.SPELLING;
            persist(misspelling);
            otherKind = new Claim();
            otherKind.kind = ClaimKind.ASSERTION;
            otherKind.content = "The Gizmo is a language model.";
            otherKind.property = "kind";
            otherKind.assertedValue = "LANGUAGE_MODEL";
            otherKind.propertyOfId = gizmo.id;
            otherKind.subjectIds.add(gizmo.id);
            persist(otherKind);
        });
    }

    @Test
    void everythingIsNormalAndShownAtFirst() {
        GraphQL.post(GIZMO).body("errors", nullValue())
                .body("data.product.rank", equalTo("NORMAL"))
                .body("data.product.aliases.name", contains("Ranktest Gizmoo"))
                .body("data.product.claimsAbout.assertedValue", contains("LANGUAGE_MODEL"));
    }

    @Test
    void aDeprecatedRecordIsHiddenUnlessAllRanksAreAskedFor() {
        rank(misspelling, Rank.DEPRECATED, "a typo in the source");

        GraphQL.post(GIZMO).body("errors", nullValue())
                .body("data.product.aliases", empty());
        GraphQL.post(GIZMO, Map.of("ranks", "ALL")).body("errors", nullValue())
                .body("data.product.aliases.name", contains("Ranktest Gizmoo"))
                .body("data.product.aliases.rank", contains("DEPRECATED"))
                .body("data.product.aliases.rankReason", contains("a typo in the source"));
        // Lookups by name skip it too, as do lists; by id it is found, rank and all.
        GraphQL.post("{ product(name: \"Ranktest Gizmoo\") { name } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post("{ node(id: \"" + misspelling.getGlobalId() + "\") { ... on Alias { name rank } } }")
                .body("errors", nullValue())
                .body("data.node.rank", equalTo("DEPRECATED"));
    }

    @Test
    void aPreferredValueHidesTheNormalRecordsThatSayOtherwiseUntilItIsNoLongerPreferred() {
        rank(gizmo, Rank.PREFERRED, "the maker's own page says chatbot");

        // The claim's only statement (Gizmo's kind) and the spelling's (Gizmo's name) both have a preferred value.
        GraphQL.post(GIZMO).body("errors", nullValue())
                .body("data.product.rank", equalTo("PREFERRED"))
                .body("data.product.aliases", empty())
                .body("data.product.claimsAbout", empty());
        GraphQL.post(GIZMO, Map.of("ranks", "ALL")).body("errors", nullValue())
                .body("data.product.claimsAbout.rank", contains("NORMAL"));

        rank(gizmo, Rank.NORMAL, null);
        GraphQL.post(GIZMO).body("errors", nullValue())
                .body("data.product.aliases.name", contains("Ranktest Gizmoo"))
                .body("data.product.claimsAbout.assertedValue", contains("LANGUAGE_MODEL"));
    }

    @Test
    void aRecordOutrankedOnOnlySomeOfItsStatementsStaysVisible() {
        // The spelling is preferred for Gizmo's name; Gizmo still has a kind nobody outranks.
        rank(misspelling, Rank.PREFERRED, "the maker spells it so");
        GraphQL.post("{ products(nameContains: \"Ranktest\") { nodes { name } } }").body("errors", nullValue())
                .body("data.products.nodes.name", contains("Ranktest Gizmo"));
    }

    @Test
    void deprecatingNeedsAReason() {
        var refused = assertThrows(QuarkusTransactionException.class, () -> rank(gizmo, Rank.DEPRECATED, " "));
        assertInstanceOf(BadUserInputException.class, refused.getCause());
        assertThat(refused.getCause().getMessage(), containsString("needs a reason"));
        GraphQL.post(GIZMO).body("data.product.rank", equalTo("NORMAL"));
    }

    @Test
    void rootFieldsOfOneRequestMustAgreeOnRanks() {
        GraphQL.post("{ a: product(name: \"Ranktest Gizmo\", ranks: ALL) { name }"
                        + " b: product(name: \"Ranktest Gizmo\") { name } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("same `ranks`"));
    }

    @Test
    void theNestedListsOfTheCanonicalQuestionShowTheBestValuesToo() {
        Fact[] chain = QuarkusTransaction.requiringNew().call(() -> {
            Person person = new Person();
            person.name = "Ranktest Person";
            persist(person);
            Organization corp = new Organization();
            corp.name = "Ranktest Corp";
            corp.kind = OrganizationKind.COMPANY;
            persist(corp);
            Role role = new Role();
            role.personId = person.id;
            role.organizationId = corp.id;
            role.kind = RoleKind.CEO;
            role.title = "CEO";
            persist(role);
            Product widget = new Product();
            widget.name = "Ranktest Widget";
            widget.kind = ProductKind.OTHER;
            widget.ownerId = corp.id;
            persist(widget);
            UserMetric metric = new UserMetric();
            metric.productId = widget.id;
            metric.kind = MetricKind.MAU;
            metric.amount = 1000L;
            metric.qualifier = Qualifier.EXACT;
            metric.periodStart = LocalDate.of(2024, 1, 1);
            metric.precision = DatePrecision.MONTH;
            persist(metric);
            return new Fact[] { role, widget, metric };
        });
        GraphQL.post(CHAIN).body("errors", nullValue())
                .body("data.person.companies.products.name.flatten()", contains("Ranktest Widget"))
                .body("data.person.companies.products.userMetrics.value.flatten()", contains(1000));

        rank(chain[2], Rank.DEPRECATED, "misread figure");
        GraphQL.post(CHAIN).body("errors", nullValue())
                .body("data.person.companies.products.name.flatten()", contains("Ranktest Widget"))
                .body("data.person.companies.products.userMetrics.flatten().flatten()", empty());
        rank(chain[1], Rank.DEPRECATED, "not a product");
        GraphQL.post(CHAIN).body("errors", nullValue())
                .body("data.person.companies.name", contains("Ranktest Corp"))
                .body("data.person.companies.products.flatten()", empty());
        GraphQL.post(CHAIN, Map.of("ranks", "ALL")).body("errors", nullValue())
                .body("data.person.companies.products.name.flatten()", contains("Ranktest Widget"))
                .body("data.person.companies.products.userMetrics.value.flatten()", contains(1000));

        rank(chain[0], Rank.DEPRECATED, "never held the post");
        GraphQL.post(CHAIN).body("errors", nullValue()).body("data.person.companies", empty());
        GraphQL.post(CHAIN, Map.of("ranks", "ALL")).body("errors", nullValue())
                .body("data.person.companies.name", contains("Ranktest Corp"));
    }

    private void rank(Fact fact, Rank rank, String reason) {
        QuarkusTransaction.requiringNew().call(() -> {
            Ranks.change(Fact.findById(fact.id), rank, reason);
            return null;
        });
    }

    private void persist(Fact fact) {
        fact.persist();
        Citation citation = new Citation();
        citation.factId = fact.id;
        citation.sourceId = 1L;
        citation.excerpt = "generated for the ranks test";
        citation.persist();
        added.add(fact);
    }

    @AfterEach
    void removeTestData() {
        QuarkusTransaction.requiringNew().run(() -> {
            Citation.delete("factId in ?1", added.stream().map(f -> f.id).toList());
            for (int i = added.size() - 1; i >= 0; i--) {
                Fact.<Fact>findById(added.get(i).id).delete();
            }
        });
        added.clear();
    }
}
