package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** updateProduct: its name, owner and lineage are replaced; a refused update changes nothing. */
@QuarkusTest
class ProductWritesTest {

    private static final String BY_NAME = "query($name: String) { product(name: $name) { id kind status"
            + " owner { id } basedOn { id } version } }";

    @Test
    void anUpdateRenamesAProductAndGivesItAnOwnerAndABase() {
        String source = Curate.source();
        String zed = Curate.productId(source, "Zed " + source);
        String base = Curate.productId(source, "Zed Base " + source);
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        Curate.update("Product", zed, 0, input(source, "its chatbot, Zed,", "name", "Zed Chat " + source,
                        "kind", "ASSISTANT", "owner", acme, "basedOn", base, "status", "in internal testing"),
                        "name version")
                .body("errors", nullValue())
                .body("data.updateProduct.name", equalTo("Zed Chat " + source))
                .body("data.updateProduct.version", equalTo(1));
        GraphQL.post(BY_NAME, Map.of("name", "Zed Chat " + source))
                .body("data.product.id", equalTo(zed))
                .body("data.product.kind", equalTo("ASSISTANT"))
                .body("data.product.status", equalTo("in internal testing"))
                .body("data.product.owner.id", equalTo(acme))
                .body("data.product.basedOn.id", equalTo(base));
        GraphQL.post(BY_NAME, Map.of("name", "Zed " + source)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aBaseThatIsNoProductIsRefusedAndChangesNothing() {
        String source = Curate.source();
        String zed = Curate.productId(source, "Zed " + source);
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        Curate.update("Product", zed, 0, input(source, "its chatbot, Zed,", "name", "Zed Chat " + source,
                        "kind", "CHATBOT", "basedOn", acme), "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.basedOn"));
        GraphQL.post(BY_NAME, Map.of("name", "Zed " + source))
                .body("data.product.id", equalTo(zed))
                .body("data.product.basedOn", nullValue())
                .body("data.product.version", equalTo(0));
    }
}
