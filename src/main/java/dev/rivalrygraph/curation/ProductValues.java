package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.product.ProductKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ProductValues")
@Description("Something an organization ships or builds.")
public class ProductValues extends FactValues<Product> {

    @NotBlank
    @Size(max = 300)
    @Description("The name to file it under (at most 300 characters).")
    public String name;

    @NotNull
    @Description("What sort of product it is.")
    public ProductKind kind;

    @Id
    @Description("The id of the organization that owns it.")
    public String owner;

    @Id
    @Description("The id of the product it is built on.")
    public String basedOn;

    @Id
    @Description("The id of the product it is a version of.")
    public String versionOf;

    @Size(max = 300)
    @Description("Its state when not simply on the market ('in internal testing').")
    public String status;

    @Size(max = 2000)
    @Description("What the sources say it is, in a sentence.")
    public String description;

    @Override
    void applyTo(Product product) throws BadUserInputException {
        product.name = name.strip();
        product.kind = kind;
        product.ownerId = References.id(owner, Organization.class, "an organization", "input.owner");
        product.basedOnId = References.id(basedOn, Product.class, "a product", "input.basedOn");
        product.versionOfId = References.id(versionOf, Product.class, "a product", "input.versionOf");
        product.status = status;
        product.description = description;
    }
}
