package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.rivalrygraph.curation.Curate.ADD_CLAIM;
import static dev.rivalrygraph.curation.Curate.ADD_ORGANIZATION;
import static dev.rivalrygraph.curation.Curate.ADD_PRODUCT;
import static dev.rivalrygraph.curation.Curate.citation;
import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Curators' writes: cited records in, refused ones out, and a refused write changes nothing. */
@QuarkusTest
class CurationTest {

    @Inject
    EntityManager em;

    @Test
    void aCuratorAddsASourceAndCitedFactsThatReadsThenFind() {
        String source = Curate.source();
        Curate.addPerson(source, "Jane Roe")
                .body("errors", nullValue())
                .body("data.addPerson.name", equalTo("Jane Roe"))
                .body("data.addPerson.version", equalTo(0))
                .body("data.addPerson.rank", equalTo("NORMAL"))
                .body("data.addPerson.citations[0].source.id", equalTo(source))
                .body("data.addPerson.citations[0].offsets", notNullValue());
        String acme = GraphQL.postAsCurator(ADD_ORGANIZATION, Map.of("input", input(source,
                "Acme Robotics said on Monday", "name", "Acme Robotics", "kind", "COMPANY")))
                .body("errors", nullValue())
                .extract().path("data.addOrganization.id");
        String zed = GraphQL.postAsCurator(ADD_PRODUCT, Map.of("input", input(source, "its chatbot, Zed,",
                "name", "Zed", "kind", "CHATBOT", "owner", acme)))
                .body("data.addProduct.owner.name", equalTo("Acme Robotics"))
                .extract().path("data.addProduct.id");
        // Whitespace in an excerpt matches any whitespace of the text ("Jane  Roe" is stored with two spaces).
        GraphQL.postAsCurator(ADD_CLAIM, Map.of("input", input(source,
                "called it \"the best launch we have had\"", "kind", "QUOTE", "text", "the best launch we have had",
                "speaker", GraphQL.idOf("person(name: \"Jane Roe\")"), "subjects", List.of(zed),
                "property", "launch quality", "value", "best", "propertyOf", zed)))
                .body("errors", nullValue())
                .body("data.addClaim.speaker.name", equalTo("Jane Roe"))
                .body("data.addClaim.assertedValue", equalTo("best"))
                .body("data.addClaim.propertyOf.id", equalTo(zed))
                .body("data.addClaim.subjects.name", hasItem("Zed"));

        // Reads are public.
        GraphQL.post("{ product(name: \"Zed\") { owner { name } claimsAbout { text citations { excerpt } } } }")
                .body("errors", nullValue())
                .body("data.product.owner.name", equalTo("Acme Robotics"))
                .body("data.product.claimsAbout[0].text", equalTo("the best launch we have had"));
    }

    @Test
    void aFactWhoseExcerptIsNotInItsSourceIsRefusedAndNothingIsWritten() {
        String source = Curate.source();
        long[] before = rows();
        Map<String, Object> input = input(source, "Acme Robotics said on Monday", "name", "Acme Two", "kind",
                "COMPANY");
        @SuppressWarnings("unchecked")
        List<Object> citations = (List<Object>) input.get("citations");
        citations.add(citation(source, "Acme Robotics said on Tuesday"));
        GraphQL.postAsCurator(ADD_ORGANIZATION, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.citations[1].excerpt"))
                .body("errors[0].message", containsString("Acme Robotics said on Tuesday"));
        assertEquals(before[0], rows()[0], "no fact row written");
        assertEquals(before[1], rows()[1], "no citation row written");
        GraphQL.post("{ organization(name: \"Acme Two\") { name } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aFactMustArriveWithACitation() {
        Map<String, Object> input = input(Curate.source(), "Acme", "name", "Uncited Person");
        input.put("citations", List.of());
        GraphQL.postAsCurator(Curate.ADD_PERSON, Map.of("input", input))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.citations"));
    }

    /** [fact rows, citation rows], counted behind the API's back. */
    private long[] rows() {
        return new long[] {
                ((Number) em.createNativeQuery("SELECT COUNT(*) FROM fact").getSingleResult()).longValue(),
                ((Number) em.createNativeQuery("SELECT COUNT(*) FROM citation").getSingleResult()).longValue()};
    }
}
