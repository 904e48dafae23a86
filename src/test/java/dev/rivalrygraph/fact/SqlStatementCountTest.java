package dev.rivalrygraph.fact;

import dev.rivalrygraph.Uncached;
import dev.rivalrygraph.AddedFacts;
import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.graphiql.CanonicalQuery;
import dev.rivalrygraph.metric.MetricKind;
import dev.rivalrygraph.metric.UserMetric;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.organization.OrganizationKind;
import dev.rivalrygraph.person.Person;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.product.ProductKind;
import dev.rivalrygraph.role.Role;
import dev.rivalrygraph.role.RoleKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No N+1: the canonical question costs the same few SQL statements however many companies, products and metrics
 * it walks through. Counted with Hibernate's statistics, before and after adding ten times the data; and each of
 * them comes from a translation to SQL that Hibernate made once, under either rank selection (see RankSelection).
 */
@QuarkusTest
@TestProfile(Uncached.class)
class SqlStatementCountTest {

    private static final int COMPANIES = 10;
    private static final int PRODUCTS_PER_COMPANY = 10;
    private static final int METRICS_PER_PRODUCT = 3;

    @Inject
    SessionFactory sessionFactory;

    private final AddedFacts added = new AddedFacts("generated for the statement-count test");

    @Test
    void theCanonicalQueryRunsABoundedNumberOfStatementsWhateverTheDataSize() {
        long seedStatements = statementsFor(CanonicalQuery.QUERY);
        assertTrue(seedStatements <= 8, "the canonical question took " + seedStatements + " statements");

        addCompaniesProductsAndMetricsFor("Mark Zuckerberg");
        GraphQL.post(CanonicalQuery.QUERY)
                .body("errors", nullValue())
                .body("data.person.companies", hasSize(org.hamcrest.Matchers.greaterThan(COMPANIES)))
                .body("data.person.companies.find { it.name == 'Generated company 1' }.products",
                        hasSize(PRODUCTS_PER_COMPANY));
        long scaledStatements = statementsFor(CanonicalQuery.QUERY);
        System.out.printf("Canonical question: %d SQL statements on the seeds, %d with %d extra companies%n",
                seedStatements, scaledStatements, COMPANIES);

        assertEquals(seedStatements, scaledStatements,
                "statements with " + COMPANIES * PRODUCTS_PER_COMPANY * METRICS_PER_PRODUCT + " extra metrics");
    }

    @ParameterizedTest
    @ValueSource(strings = { "BEST", "ALL" })
    void theCanonicalQueryReusesTheTranslationsOfItsQueries(String ranks) {
        String query = CanonicalQuery.QUERY.replace("person(name: \"Mark Zuckerberg\")",
                "person(name: \"Mark Zuckerberg\", ranks: " + ranks + ")");
        assertTrue(query.contains("ranks: " + ranks), "the canonical question asks for ranks " + ranks);
        GraphQL.post(query).body("errors", nullValue());
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.post(query).body("errors", nullValue());
        // A hit for each query's parse (always cached) and one for its translation to SQL (cached only without an
        // enabled Hibernate filter).
        assertEquals(0, statistics.getQueryPlanCacheMissCount(), "queries parsed or translated anew");
        assertTrue(statistics.getQueryPlanCacheHitCount() >= 2 * statistics.getPrepareStatementCount(),
                statistics.getQueryPlanCacheHitCount() + " cache hits for " + statistics.getPrepareStatementCount()
                        + " statements");
    }

    private long statementsFor(String query) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.post(query).body("errors", nullValue());
        return statistics.getPrepareStatementCount();
    }

    private void addCompaniesProductsAndMetricsFor(String personName) {
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = Person.find("name", personName).firstResult();
            for (int c = 1; c <= COMPANIES; c++) {
                Organization company = new Organization();
                company.name = "Generated company " + c;
                company.kind = OrganizationKind.COMPANY;
                added.cite(company);
                Role role = new Role();
                role.personId = person.id;
                role.organizationId = company.id;
                role.kind = RoleKind.CEO;
                role.title = "CEO";
                added.cite(role);
                for (int p = 1; p <= PRODUCTS_PER_COMPANY; p++) {
                    Product product = new Product();
                    product.name = "Generated product " + c + "." + p;
                    product.kind = ProductKind.OTHER;
                    product.ownerId = company.id;
                    added.cite(product);
                    for (int m = 1; m <= METRICS_PER_PRODUCT; m++) {
                        UserMetric metric = new UserMetric();
                        metric.productId = product.id;
                        metric.kind = MetricKind.MAU;
                        metric.amount = (long) m * 1000;
                        metric.qualifier = Qualifier.EXACT;
                        metric.periodStart = LocalDate.of(2024, m, 1);
                        metric.precision = DatePrecision.MONTH;
                        added.cite(metric);
                    }
                }
            }
        });
    }

    @AfterEach
    void removeGeneratedData() {
        added.removeAll();
    }
}
