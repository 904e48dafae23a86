package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.organization.OrganizationKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganizationValues")
@Description("A company, lab, investor, outlet or public body, with the citations that name it.")
public class OrganizationValues extends ActorValues<Organization> {

    @NotNull
    @Description("What sort of organization it is.")
    public OrganizationKind kind;

    @Size(max = 100)
    @Description("The country the sources place it in.")
    public String country;

    @Id
    @Description("The id of the organization it belongs to.")
    public String parent;

    @Override
    void applyTo(Organization organization) throws BadUserInputException {
        super.applyTo(organization);
        organization.kind = kind;
        organization.country = country;
        organization.parentId = References.id(parent, Organization.class, "an organization", "input.parent");
        if (organization.parentId != null && organization.parentId.equals(organization.id)) {
            throw new BadUserInputException("An organization cannot be its own parent.", "input.parent");
        }
    }
}
