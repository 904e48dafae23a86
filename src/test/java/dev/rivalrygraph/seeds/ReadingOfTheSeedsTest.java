package dev.rivalrygraph.seeds;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.OnlyTheSeeds;
import dev.rivalrygraph.node.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a sentence-by-sentence reading of the five articles gives, record by record: a value only where a sentence
 * states it, and every value worked out rather than read marked as inferred.
 */
@QuarkusTest
@TestProfile(OnlyTheSeeds.class)
class ReadingOfTheSeedsTest {

    @Inject
    EntityManager em;

    private static ValidatableResponse node(String type, long id, String fields) {
        return GraphQL.post("query($id: ID!) { node(id: $id) { ... on " + type + " { " + fields + " } } }",
                java.util.Map.of("id", GlobalId.of(type, id))).body("errors", nullValue());
    }

    @Test
    void threadsSignUpsHaveNoRegionSinceTheArticleGivesNone() {
        // "Threads surpassed 100 million subscribers within five days of its launch in July last year" (000)
        node("UserMetric", 4000, "kind value qualifier region periodStart periodEnd inferred")
                .body("data.node.kind", equalTo("SIGN_UPS"))
                .body("data.node.value", equalTo(100_000_000))
                .body("data.node.qualifier", equalTo("AT_LEAST"))
                .body("data.node.region", nullValue())
                .body("data.node.periodStart", equalTo("2023-07-01"))
                .body("data.node.inferred", containsString("subscribers"));
    }

    @Test
    void twitterBossIsAChiefAndOwnershipRestsOnItsOwnSentence() {
        // 003: "Twitter boss Elon Musk" (CHIEF); 000: "both are owners of companies ... such as X" (OWNER).
        node("Role", 3002, "kind title citations { excerpt source { publisher } }")
                .body("data.node.kind", equalTo("OWNER"))
                .body("data.node.title", equalTo("owner"))
                .body("data.node.citations.source.publisher", contains("The Asia Business Daily"))
                .body("data.node.citations[0].excerpt", containsString("both are owners of companies"));
        GraphQL.post("{ person(name: \"Elon Musk\") { roles { kind title organization { name }"
                        + " citations { excerpt } } } }").body("errors", nullValue())
                .body("data.person.roles.findAll { it.organization.name == 'X' }.kind",
                        containsInAnyOrder("OWNER", "SHAREHOLDER", "CHIEF"))
                .body("data.person.roles.find { it.kind == 'CHIEF' }.title", equalTo("Twitter boss"))
                .body("data.person.roles.find { it.kind == 'CHIEF' }.citations[0].excerpt",
                        equalTo("Twitter boss Elon Musk’s playbook"));
        // Holding shares does not contradict owning: no conflict about Musk's stake in X, of either kind.
        GraphQL.post("{ organization(name: \"X\") { conflicts(kinds: [VALUE, SPELLING]) { totalCount } } }")
                .body("errors", nullValue())
                .body("data.organization.conflicts.totalCount", equalTo(0));
    }

    @Test
    void paidVerificationIsInNoRoundSinceNoArticlePlacesIt() {
        // 003 says only "recently" of Meta's paid subscriptions for verified accounts.
        node("Event", 7004, "title date round { title }")
                .body("data.node.date", nullValue())
                .body("data.node.round", nullValue());
    }

    @Test
    void datesTheArticlesGiveAreResolved() {
        // "Shortly after Threads' launch" (launched "in July last year", 000 of 2024-05-31)
        for (long claim = 8000; claim <= 8003; claim++) {
            node("Claim", claim, "statedOn precision inferred")
                    .body("data.node.statedOn", equalTo("2023-07-01"))
                    .body("data.node.precision", equalTo("MONTH"))
                    .body("data.node.inferred", containsString("Shortly after Threads"));
        }
        // "plans to invest $9 billion ... in AI over the next year" (000 of 2024-05-31)
        node("Investment", 5005, "date precision periodEnd inferred")
                .body("data.node.date", equalTo("2024-06-01"))
                .body("data.node.precision", equalTo("MONTH"))
                .body("data.node.periodEnd", equalTo("2025-05-31"))
                .body("data.node.inferred", containsString("over the next year"));
        // "since 2023" ... "on the 9th": a period known to the year ends on the last day of its year.
        node("RivalryRound", 6012, "periodStart periodEnd precision")
                .body("data.node.periodStart", equalTo("2023-01-01"))
                .body("data.node.periodEnd", equalTo("2025-12-31"))
                .body("data.node.precision", equalTo("YEAR"));
    }

    @Test
    void figuresAndBoundsTheArticlesStateAreStored() {
        // "SNS platforms used by hundreds of millions worldwide, such as X, Facebook, and Instagram" (000)
        for (String product : List.of("X", "Facebook", "Instagram")) {
            GraphQL.post("{ product(name: \"" + product + "\") { userMetrics(kind: USERS) { value qualifier region"
                            + " periodStart periodEnd precision inferred citations { excerpt } } } }")
                    .body("errors", nullValue())
                    .body("data.product.userMetrics", hasSize(1))
                    .body("data.product.userMetrics[0].value", equalTo(100_000_000))
                    .body("data.product.userMetrics[0].qualifier", equalTo("AT_LEAST"))
                    .body("data.product.userMetrics[0].region", equalTo("worldwide"))
                    .body("data.product.userMetrics[0].periodStart", nullValue())
                    .body("data.product.userMetrics[0].periodEnd", nullValue())
                    .body("data.product.userMetrics[0].inferred", containsString("hundreds of millions"))
                    .body("data.product.userMetrics[0].citations[0].excerpt",
                            containsString("used by hundreds of millions worldwide"));
        }
        // "he proposed acquiring controlling shares of OpenAI for 97.4 billion dollars, but this was less than
        // one-third of OpenAI's assessed company value" (001): the value exceeds 3 x $97.4 billion.
        node("Investment", 5007, "amount { amount } valuationBefore { amount currency } valuationBeforeQualifier inferred")
                .body("data.node.amount.amount", equalTo(97_400_000_000L))
                .body("data.node.valuationBefore.amount", equalTo(292_200_000_000L))
                .body("data.node.valuationBefore.currency", equalTo("USD"))
                .body("data.node.valuationBeforeQualifier", equalTo("AT_LEAST"))
                .body("data.node.inferred", containsString("less than one-third"));
    }

    @Test
    void threadsDataUseAndScrapingAreOpenQuestions() {
        // 003: "how Meta leverages Threads’s data besides selling it to the advertisers. Only time will tell if
        // Meta will restrict data scraping."
        GraphQL.post("{ claims(textContains: \"Threads' data\") { nodes { kind speaker { name } subjects { name }"
                        + " citations { excerpt } } } }").body("errors", nullValue())
                .body("data.claims.nodes", hasSize(1))
                .body("data.claims.nodes[0].kind", equalTo("PREDICTION"))
                .body("data.claims.nodes[0].speaker", nullValue())
                .body("data.claims.nodes[0].subjects.name", containsInAnyOrder("Meta Platforms", "Threads"))
                .body("data.claims.nodes[0].citations[0].excerpt", containsString("besides selling it to the advertisers"));
        GraphQL.post("{ claims(textContains: \"restrict data scraping\") { nodes { kind subjects { name }"
                        + " citations { excerpt } } } }").body("errors", nullValue())
                .body("data.claims.nodes", hasSize(1))
                .body("data.claims.nodes[0].kind", equalTo("PREDICTION"))
                .body("data.claims.nodes[0].citations[0].excerpt",
                        containsString("Only time will tell if Meta will restrict data scraping."));
    }

    @Test
    void aCountryOnlyANicknameSuggestsIsNotStored() {
        // 000 calls MistralAI "the 'French OpenAI'", a nickname; no sentence places it in France.
        GraphQL.post("{ organization(name: \"MistralAI\") { country } }").body("errors", nullValue())
                .body("data.organization.country", nullValue());
    }

    @Test
    void claimsAndFocusesCiteTheSentencesThatSupportThem() {
        String[][] expected = {
                {"8006", "It was insufficient to surpass the dominance of X"},
                {"8015", "Musk and Zuckerberg inevitably felt a sense of urgency"},
                {"8016", "both are owners of companies operating SNS platforms used by hundreds of millions"},
                {"8020", "igniting AI chatbot investment and development across the industry"},
                {"8039", "This huge claim is about the project called Gemini."},
                {"8041", "YouTube is a gold mine for visual, audio, and textual data"},
                {"8042", "it needs data to train its LLM"},
                {"8027", "Microsoft’s (MS) and OpenAI’s $13 billion collaboration was investigated"},
                {"8028", "Microsoft’s (MS) and OpenAI’s $13 billion collaboration was investigated"},
                {"8029", "It is an AI chatbot service that uses large language models (LLM)"},
        };
        for (String[] claim : expected) {
            node("Claim", Long.parseLong(claim[0]), "citations { excerpt }")
                    .body("data.node.citations.excerpt", hasItem(containsString(claim[1])));
        }
        node("Claim", 8029, "citations { excerpt }")
                .body("data.node.citations.excerpt", hasItem(containsString("Character.")));
        // "focused on expanding research rather than acquisition" ... "have not yet led to an agreement" (002)
        for (long partnership : new long[] {5500, 5501}) {
            node("Partnership", partnership, "focus citations { excerpt }")
                    .body("data.node.citations.excerpt", hasItems(
                            containsString("focused on expanding research rather than acquisition"),
                            containsString("have not yet led to an agreement")));
        }
    }

    @Test
    void aRoundIsCitedByEveryArticleThatReportsIt() {
        // 003 (July 2023) reports round 1's events; 002 (May 2024) its 'hyeonpi' fight and round 2's competition.
        GraphQL.post("{ rivalry(title: \"Musk vs Zuckerberg\") { rounds(asOf: \"2023-08-01\") { title"
                        + " citations { source { publishedOn } } } } }").body("errors", nullValue())
                .body("data.rivalry.rounds.title", contains("SNS Verbal Battle"));
        GraphQL.post("{ rivalry(title: \"Musk vs Zuckerberg\") { rounds { title citations { source { title } } } } }")
                .body("errors", nullValue())
                .body("data.rivalry.rounds[0].citations.source.title", containsInAnyOrder(
                        "[Global Focus] Musk vs Zuckerberg... The Second Battlefield is 'Chatbot'",
                        "Zuckerberg vs Musk.", "Elon Musk vs Mark Zuckerberg: The Real Tech Battle Begins"))
                .body("data.rivalry.rounds[1].citations.source.title", containsInAnyOrder(
                        "[Global Focus] Musk vs Zuckerberg... The Second Battlefield is 'Chatbot'",
                        "Zuckerberg vs Musk."));
    }

    /** docs/data.md lists the inferences record by record ("| 4000 |"); the data marks exactly those. */
    @Test
    void everyInferenceIsMarkedInTheDataAndListedInTheDocs() throws IOException {
        Set<Long> marked = new TreeSet<>(em.createQuery("select f.id from Fact f where f.inferred is not null",
                Long.class).getResultList());
        Set<Long> listed = new TreeSet<>();
        Matcher ids = Pattern.compile("\\b([1-9][0-9]{3})\\b").matcher(inferencesTable());
        while (ids.find()) {
            listed.add(Long.parseLong(ids.group(1)));
        }
        assertEquals(listed, marked);
        GraphQL.post("{ sources { nodes { publishedNote } } }")
                .body("data.sources.nodes.publishedNote", everyItem(not(nullValue())));
    }

    /** The first column of the table under "Inferred values" in docs/data.md: the ids of the records. */
    private static String inferencesTable() throws IOException {
        String docs = Files.readString(Path.of("docs/data.md"));
        String section = docs.substring(docs.indexOf("## Inferred values"));
        int next = section.indexOf("\n## ", 1);
        StringBuilder ids = new StringBuilder();
        for (String line : (next < 0 ? section : section.substring(0, next)).split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| records") && !line.startsWith("|--")) {
                ids.append(line, 2, line.indexOf(" |", 2)).append('\n');
            }
        }
        return ids.toString();
    }
}
