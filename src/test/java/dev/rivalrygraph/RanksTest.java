package dev.rivalrygraph;

import dev.rivalrygraph.actor.Alias;
import dev.rivalrygraph.actor.AliasKind;
import dev.rivalrygraph.claim.Claim;
import dev.rivalrygraph.claim.ClaimKind;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Rank;
import dev.rivalrygraph.fact.Ranks;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.product.ProductKind;
import dev.rivalrygraph.source.Citation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
