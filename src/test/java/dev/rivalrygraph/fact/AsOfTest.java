package dev.rivalrygraph.fact;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Answers as of a day, worked out from the sources' dates: AIM (July 2023) is the only source before the Asia
 * Business Daily (31 May 2024); the Korean piece on Altman and Musk is of April 2025.
 */
@QuarkusTest
class AsOfTest {

    @Test
    void rolesAndCompaniesAsAReaderOfThatDayKnewThem() {
        // Before any source: nothing is known.
        GraphQL.post("{ person(name: \"Elon Musk\") { roles(asOf: \"2023-01-01\") { kind } } }")
                .body("data.person.roles", empty());
        // July 2023, AIM only: "Twitter boss" Musk heads X.
        GraphQL.post("{ person(name: \"Elon Musk\") { roles(asOf: \"2023-08-01\") { kind organization { name } } "
                        + "companies(asOf: \"2023-08-01\") { name } } }")
                .body("data.person.roles.kind", contains("CHIEF"))
                .body("data.person.companies.name", contains("X"));
        // June 2024: also Tesla's CEO and xAI's founder, but not yet reported as OpenAI's co-founder (April 2025).
        GraphQL.post("{ person(name: \"Elon Musk\") { companies(asOf: \"2024-06-01\") { name } } }")
                .body("data.person.companies.name", containsInAnyOrder("Tesla", "X", "xAI"));
        GraphQL.post("{ person(name: \"Elon Musk\") { companies { name } } }")
                .body("data.person.companies.name", hasItem("OpenAI"));
    }

    @Test
    void anOrganizationsPeopleAsOfADay() {
        // X: "Twitter boss" Musk in AIM (July 2023); owner from May 2024; "holds shares" only from April 2025.
        String x = "{ organization(name: \"X\") { people(asOf: \"%s\") { name } roles(asOf: \"%s\") { kind } } }";
        GraphQL.post(x.formatted("2023-01-01", "2023-01-01"))
                .body("data.organization.people", empty())
                .body("data.organization.roles", empty());
        GraphQL.post(x.formatted("2023-08-01", "2023-08-01"))
                .body("data.organization.people.name", contains("Elon Musk"))
                .body("data.organization.roles.kind", contains("CHIEF"));
        GraphQL.post(x.formatted("2025-06-01", "2025-06-01"))
                .body("data.organization.people.name", contains("Elon Musk"))
                .body("data.organization.roles.kind", containsInAnyOrder("CHIEF", "OWNER", "SHAREHOLDER"));
    }

    @Test
    void theLatestFiguresKnownOnADay() {
        GraphQL.post("{ product(name: \"Threads\") { latestMetrics(asOf: \"2024-01-01\") { kind } } }")
                .body("data.product.latestMetrics", empty());
        GraphQL.post("{ product(name: \"Threads\") { latestMetrics(asOf: \"2024-06-01\") { kind value region } } }")
                .body("data.product.latestMetrics.kind", containsInAnyOrder("SIGN_UPS", "DAU", "MAU"))
                .body("data.product.latestMetrics.find { it.kind == 'DAU' }.value",
                        org.hamcrest.Matchers.equalTo(1_600_000));
    }

    @Test
    void theStateOfARivalryOnADay() {
        GraphQL.post("{ rivalry(title: \"Altman vs Musk\") { rounds(asOf: \"2024-12-31\") { title } } }")
                .body("data.rivalry.rounds", empty());
        GraphQL.post("{ rivalry(title: \"Altman vs Musk\") { rounds(asOf: \"2025-05-01\") { order } } }")
                .body("data.rivalry.rounds.order", contains(1, 2));
        GraphQL.post("{ rivalry(title: \"Musk vs Zuckerberg\") { rounds(asOf: \"2024-06-01\") { title } } }")
                .body("data.rivalry.rounds.title", not(empty()));
    }
}
