package dev.rivalrygraph.seeds;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.OnlyTheSeeds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * A broad sample of the seed dataset, every expectation worked out by hand from the five articles, through every
 * query shape the API offers.
 */
@QuarkusTest
@TestProfile(OnlyTheSeeds.class)
class DatasetTest {

    @Test
    void muskLeadsFoundedAndOwnsCompaniesWithDatedRoles() {
        GraphQL.post("""
                { person(name: "Elon Musk") {
                    companies { name }
                    roles { kind title start startPrecision organization { name } citations { source { title } } }
                } }
                """)
                .body("errors", nullValue())
                .body("data.person.companies.name", containsInAnyOrder("OpenAI", "Tesla", "X", "xAI"))
                // "xAI, established by Musk in July last year" (000, May 2024)
                .body("data.person.roles.find { it.kind == 'FOUNDER' }.organization.name", equalTo("xAI"))
                .body("data.person.roles.find { it.kind == 'FOUNDER' }.start", equalTo("2023-07-01"))
                .body("data.person.roles.find { it.kind == 'FOUNDER' }.startPrecision", equalTo("MONTH"))
                // "The two have taken different paths since co-founding OpenAI in 2015" (001)
                .body("data.person.roles.find { it.kind == 'CO_FOUNDER' }.start", equalTo("2015-01-01"))
                .body("data.person.roles.find { it.kind == 'CO_FOUNDER' }.startPrecision", equalTo("YEAR"))
                // He owns X (000), "holds shares" in it (001) and is the "Twitter boss" (003).
                .body("data.person.roles.findAll { it.organization.name == 'X' }.kind",
                        containsInAnyOrder("OWNER", "SHAREHOLDER", "CHIEF"));
    }

    @Test
    void organizationsListTheirPeopleProductsAndMoney() {
        GraphQL.post("""
                { organization(name: "xAI") {
                    kind people { name } products { name versions { name } launchedOn launchPrecision }
                    investmentsReceived { kind status amount { amount currency localAmount localCurrency }
                                          valuationBefore { amount localAmount } valuationAfter { amount localAmount }
                                          citations { excerpt } }
                } }
                """)
                .body("errors", nullValue())
                .body("data.organization.kind", equalTo("STARTUP"))
                .body("data.organization.people.name", contains("Elon Musk"))
                .body("data.organization.products.name", containsInAnyOrder("Grok", "Grok 1.5"))
                // Grok launched "just four months after its founding" in July 2023: November 2023.
                .body("data.organization.products.find { it.name == 'Grok' }.launchedOn", equalTo("2023-11-01"))
                .body("data.organization.products.find { it.name == 'Grok' }.launchPrecision", equalTo("MONTH"))
                .body("data.organization.products.find { it.name == 'Grok' }.versions.name", contains("Grok 1.5"))
                // "$6 billion (approximately 8.2 trillion KRW)"; valuation "$18 billion ... to $24 billion"
                .body("data.organization.investmentsReceived", hasSize(1))
                .body("data.organization.investmentsReceived[0].kind", equalTo("FUNDING_ROUND"))
                .body("data.organization.investmentsReceived[0].amount.amount", equalTo(6_000_000_000L))
                .body("data.organization.investmentsReceived[0].amount.currency", equalTo("USD"))
                .body("data.organization.investmentsReceived[0].amount.localAmount", equalTo(8_200_000_000_000L))
                .body("data.organization.investmentsReceived[0].amount.localCurrency", equalTo("KRW"))
                .body("data.organization.investmentsReceived[0].valuationBefore.amount", equalTo(18_000_000_000L))
                .body("data.organization.investmentsReceived[0].valuationAfter.localAmount",
                        equalTo(32_700_000_000_000L))
                .body("data.organization.investmentsReceived[0].citations[0].excerpt", containsString("8.2 trillion"));
    }

    @Test
    void oneInvestmentReportedByTwoArticlesIsOneRecordWithTwoCitations() {
        GraphQL.post("""
                { organization(name: "Microsoft") { investmentsMade {
                    qualifier amount { amount } investee { name } citations { source { publisher title } }
                } } }
                """)
                .body("data.organization.investmentsMade.find { it.investee.name == 'OpenAI' }.amount.amount",
                        equalTo(13_000_000_000L))
                .body("data.organization.investmentsMade.find { it.investee.name == 'OpenAI' }.qualifier",
                        equalTo("ESTIMATED"))
                .body("data.organization.investmentsMade.find { it.investee.name == 'OpenAI' }.citations.source.title",
                        containsInAnyOrder("[Global Focus] Musk vs Zuckerberg... The Second Battlefield is 'Chatbot'",
                                "Zuckerberg vs Musk."))
                .body("data.organization.investmentsMade.investee.name", hasItem("MistralAI"));
    }

    @Test
    void aPersonMayInvest() {
        // "in February, he proposed acquiring controlling shares of OpenAI for 97.4 billion dollars" (001, 2025)
        GraphQL.post("""
                { person(name: "Elon Musk") { investmentsMade { kind status date precision amount { amount } investee { name } } } }
                """)
                .body("data.person.investmentsMade.find { it.kind == 'ACQUISITION_OFFER' }.amount.amount",
                        equalTo(97_400_000_000L))
                .body("data.person.investmentsMade.find { it.kind == 'ACQUISITION_OFFER' }.status", equalTo("PROPOSED"))
                .body("data.person.investmentsMade.find { it.kind == 'ACQUISITION_OFFER' }.date", equalTo("2025-02-01"))
                .body("data.person.investmentsMade.find { it.kind == 'ACQUISITION_OFFER' }.investee.name",
                        equalTo("OpenAI"));
    }

    @Test
    void theMuskZuckerbergRivalryInTwoRounds() {
        GraphQL.post("""
                { rivalry(title: "Musk vs Zuckerberg") {
                    parties { name } sides { side parties { name } }
                    rounds { order title periodStart precision
                             events { kind title date product { name } participants { name } }
                             claims { kind text speaker { name } subjects { name } context citations { excerpt } } }
                } }
                """)
                .body("errors", nullValue())
                .body("data.rivalry.parties.name", containsInAnyOrder("Elon Musk", "Mark Zuckerberg"))
                .body("data.rivalry.sides", hasSize(2))
                .body("data.rivalry.rounds.order", contains(1, 2))
                .body("data.rivalry.rounds.title", contains("SNS Verbal Battle", "AI Chatbots"))
                // "The period when the conflict ... was most prominently displayed was June last year"
                .body("data.rivalry.rounds[0].periodStart", equalTo("2023-06-01"))
                .body("data.rivalry.rounds[0].events.kind", hasItems("CHALLENGE", "LAUNCH"))
                .body("data.rivalry.rounds[0].events.find { it.kind == 'LAUNCH' && it.product?.name == 'Threads' }.date", equalTo("2023-07-01"))
                .body("data.rivalry.rounds[0].claims.find { it.speaker?.name == 'Elon Musk' && it.kind == 'QUOTE' }.text",
                        equalTo("Threads is just Instagram without photos (operated by Meta)"))
                .body("data.rivalry.rounds[0].claims.findAll { it.speaker?.name == 'Mark Zuckerberg' }.text",
                        hasItem("I will not operate Threads like Twitter."))
                .body("data.rivalry.rounds[1].events.find { it.product?.name == 'MetaAI' }.date", equalTo("2024-04-01"))
                // The FT report "on the 25th" (002, May 2024)
                .body("data.rivalry.rounds[1].events.find { it.kind == 'REPORT' }.date", equalTo("2024-05-25"));
    }

    @Test
    void theAltmanMuskRivalryDatesItsLawsuitAndTheVergeReport() {
        GraphQL.post("""
                { rivalry(title: "Altman vs Musk") { rounds { title events { kind date precision } claims { text speaker { name } } } } }
                """)
                .body("data.rivalry.rounds", hasSize(2))
                // "OpenAI filed a lawsuit in the U.S. Federal Court on the 9th" (001, April 2025)
                .body("data.rivalry.rounds.events.flatten().findAll { it.kind == 'LAWSUIT' && it.precision == 'DAY' }.date",
                        contains("2025-04-09"))
                .body("data.rivalry.rounds[1].events.find { it.kind == 'REPORT' }.date", equalTo("2025-04-15"))
                .body("data.rivalry.rounds[1].claims.find { it.speaker?.name == 'Sam Altman' }.text",
                        equalTo("Well, we might as well make a social app too."));
    }

    @Test
    void contradictoryClaimsAreBothKeptWithTheirOwnCitations() {
        // 003: Meta "does not use the data it collects over its applications to train its LLM LLaMa";
        // 001: "Meta is also training the LLaMA model using user data".
        GraphQL.post("""
                { product(name: "LLaMA") { kind claimsAbout { kind text citations { excerpt source { publisher } } } } }
                """)
                .body("data.product.kind", equalTo("LANGUAGE_MODEL"))
                .body("data.product.claimsAbout.citations.flatten().excerpt", hasItems(
                        containsString("does not use the data it collects over its applications to train its LLM"),
                        containsString("Meta is also training the LLaMA model using user data")));
    }

    @Test
    void partnershipsAndCreditedOutlets() {
        GraphQL.post("""
                { organization(name: "Character.AI") { name partnerships { status parties { name } citations { credited creditedOrganization { name } } } } }
                """)
                .body("data.organization.name", equalTo("Character.ai"))
                .body("data.organization.partnerships.status", hasItem("TALKS"))
                .body("data.organization.partnerships.parties.flatten().name", hasItems("Meta Platforms", "xAI"))
                .body("data.organization.partnerships.citations.flatten().creditedOrganization.name",
                        hasItem("Financial Times"));
        GraphQL.post("{ product(name: \"Character.ai\") { userMetrics { kind value note measuredBy { name } } } }")
                .body("data.product.userMetrics[0].kind", equalTo("RANKING"))
                .body("data.product.userMetrics[0].value", equalTo(3))
                .body("data.product.userMetrics[0].measuredBy.name", equalTo("Andreessen Horowitz"));
    }

    @Test
    void productsKnowWhatTheyAreBuiltOnAndWhoOwnsThem() {
        GraphQL.post("{ product(name: \"MetaAI\") { kind owner { name } basedOn { name versionOf { name } } launch { kind } } }")
                .body("data.product.kind", equalTo("CHATBOT"))
                .body("data.product.owner.name", equalTo("Meta Platforms"))
                .body("data.product.basedOn.name", equalTo("Llama 3"))
                .body("data.product.basedOn.versionOf.name", equalTo("LLaMA"))
                .body("data.product.launch.kind", equalTo("LAUNCH"));
        GraphQL.post("{ organization(name: \"Google Brain\") { parent { name subsidiaries { name } } } }")
                .body("data.organization.parent.name", equalTo("Google"))
                .body("data.organization.parent.subsidiaries.name", hasItems("Google Brain", "Google DeepMind"));
    }

    @Test
    void sourcesCarryTheirInferredDatesAndNotes() {
        GraphQL.post("{ sources { totalCount nodes { title publisher author publishedOn publishedPrecision publishedNote languageNote } } }")
                .body("data.sources.totalCount", equalTo(5))
                // Oldest first: AIM's piece of July 2023 (Threads not yet launched).
                .body("data.sources.nodes[0].publisher", equalTo("AIM"))
                .body("data.sources.nodes[0].author", equalTo("Siddharth Jindal"))
                .body("data.sources.nodes[0].publishedOn", equalTo("2023-07-01"))
                .body("data.sources.nodes[0].publishedPrecision", equalTo("MONTH"))
                .body("data.sources.nodes.find { it.publisher == 'The Asia Business Daily' }.publishedOn",
                        equalTo("2024-05-31"))
                .body("data.sources.nodes.publishedNote", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
    }
}
