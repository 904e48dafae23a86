package dev.rivalrygraph.curation;

import dev.rivalrygraph.actor.Alias;
import dev.rivalrygraph.claim.Claim;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.ConflictException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.event.Event;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Rank;
import dev.rivalrygraph.investment.Investment;
import dev.rivalrygraph.metric.UserMetric;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.partnership.Partnership;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.person.Person;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.role.Role;
import dev.rivalrygraph.source.Source;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * Curators' writes. Each needs the {@code curator} role, runs in one transaction that any refusal rolls back, and
 * cites its sources: a record arrives with at least one excerpt found verbatim in a stored source text.
 */
@GraphQLApi
@RolesAllowed(CuratorAccount.ROLE)
@Transactional(rollbackOn = Exception.class)
@DatabaseTimeouts
public class CurationGraphQLApi {

    private static final String EXPECTED_VERSION = "The `version` you read; if the record has changed since, the "
            + "write is refused with CONFLICT and the current version.";
    private static final String VALUES = "The record's values, with the citations that back them.";
    private static final String RECORD = "The id of the record to update.";
    private static final String OPTIONAL_VERSION = "The `version` you read, to refuse the write with CONFLICT if "
            + "the record has changed since; omit to apply it whatever the version.";

    @Inject
    Curation curation;

    @Mutation
    @NonNull
    @Description("Adds a source with its full text, so that facts can cite it.")
    public Source addSource(@NonNull @Valid @Description(VALUES) SourceValues input) throws BadUserInputException {
        return curation.addSource(input);
    }

    @Mutation
    @NonNull
    @Description("Replaces a source's values and text. Every passage already cited from it must still occur in "
            + "the new text.")
    public Source updateSource(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) SourceValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.updateSource(id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds a person.")
    public Person addPerson(@NonNull @Valid @Description(VALUES) PersonValues input)
            throws BadUserInputException {
        return curation.add(new Person(), input);
    }

    @Mutation
    @NonNull
    @Description("Replaces a person's values, adding the input's citations.")
    public Person updatePerson(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) PersonValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.update(Person.class, id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds an organization.")
    public Organization addOrganization(@NonNull @Valid @Description(VALUES) OrganizationValues input)
            throws BadUserInputException {
        return curation.add(new Organization(), input);
    }

    @Mutation
    @NonNull
    @Description("Replaces an organization's values, adding the input's citations.")
    public Organization updateOrganization(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) OrganizationValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.update(Organization.class, id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds another name of a person, organization or product.")
    public Alias addAlias(@NonNull @Valid @Description(VALUES) AliasValues input)
            throws BadUserInputException {
        return curation.add(new Alias(), input);
    }

    @Mutation
    @NonNull
    @Description("Replaces an alias's values, adding the input's citations.")
    public Alias updateAlias(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) AliasValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.update(Alias.class, id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds a position a person holds or held in an organization.")
    public Role addRole(@NonNull @Valid @Description(VALUES) RoleValues input)
            throws BadUserInputException {
        return curation.add(new Role(), input);
    }

    @Mutation
    @NonNull
    @Description("Replaces a role's values, adding the input's citations.")
    public Role updateRole(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) RoleValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.update(Role.class, id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds a product.")
    public Product addProduct(@NonNull @Valid @Description(VALUES) ProductValues input)
            throws BadUserInputException {
        return curation.add(new Product(), input);
    }

    @Mutation
    @NonNull
    @Description("Replaces a product's values, adding the input's citations.")
    public Product updateProduct(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) ProductValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.update(Product.class, id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds a user figure of a product.")
    public UserMetric addUserMetric(@NonNull @Valid @Description(VALUES) UserMetricValues input)
            throws BadUserInputException {
        return curation.add(new UserMetric(), input);
    }

    @Mutation
    @NonNull
    @Description("Replaces a user figure's values, adding the input's citations.")
    public UserMetric updateUserMetric(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) UserMetricValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.update(UserMetric.class, id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds an investment.")
    public Investment addInvestment(@NonNull @Valid @Description(VALUES) InvestmentValues input)
            throws BadUserInputException {
        return curation.add(new Investment(), input);
    }

    @Mutation
    @NonNull
    @Description("Replaces an investment's values, adding the input's citations.")
    public Investment updateInvestment(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) InvestmentValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.update(Investment.class, id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds a partnership.")
    public Partnership addPartnership(@NonNull @Valid @Description(VALUES) PartnershipValues input)
            throws BadUserInputException {
        return curation.add(new Partnership(), input);
    }

    @Mutation
    @NonNull
    @Description("Replaces a partnership's values (its parties included), adding the input's citations.")
    public Partnership updatePartnership(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) PartnershipValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.update(Partnership.class, id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds an event.")
    public Event addEvent(@NonNull @Valid @Description(VALUES) EventValues input)
            throws BadUserInputException {
        return curation.add(new Event(), input);
    }

    @Mutation
    @NonNull
    @Description("Replaces an event's values (its participants included), adding the input's citations.")
    public Event updateEvent(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) EventValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.update(Event.class, id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds a claim: what someone said or asserted.")
    public Claim addClaim(@NonNull @Valid @Description(VALUES) ClaimValues input)
            throws BadUserInputException {
        return curation.add(new Claim(), input);
    }

    @Mutation
    @NonNull
    @Description("Replaces a claim's values (its subjects included), adding the input's citations.")
    public Claim updateClaim(@NonNull @Id @Description(RECORD) String id,
            @Description(EXPECTED_VERSION) long expectedVersion,
            @NonNull @Valid @Description(VALUES) ClaimValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.update(Claim.class, id, expectedVersion, input);
    }

    @Mutation
    @NonNull
    @Description("Adds citations to any record: more sources reporting it.")
    public Cited addCitations(@NonNull @Id @Description("The record cited.") String id,
            @NonNull @Size(min = 1, max = 20) @Description("One to twenty citations, each excerpt found in its "
                    + "source's text.") List<@Valid @NotNull CitationValues> citations,
            @Description(OPTIONAL_VERSION) Long expectedVersion)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.cite(id, expectedVersion, citations);
    }

    @Mutation
    @NonNull
    @Description("Deprecates any record: it stays, with its citations and the reason, but is hidden from lists "
            + "unless `ranks: ALL` is asked for. Nothing is ever deleted; `restore` undoes it.")
    public Cited deprecate(@NonNull @Id @Description("The record to deprecate.") String id,
            @NonNull @NotBlank @Size(max = 1000) @Description("Why it is wrong or outdated (at most 1,000 "
                    + "characters).") String reason,
            @Description(OPTIONAL_VERSION) Long expectedVersion)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.rank(id, expectedVersion, Rank.DEPRECATED, reason);
    }

    @Mutation
    @NonNull
    @Description("Makes a record the preferred value of what it states (its name, its kind, a figure...): records "
            + "giving other values for the same statement are then hidden unless `ranks: ALL` is asked for, and a "
            + "conflict between them counts as resolved. `restore` undoes it.")
    public Cited prefer(@NonNull @Id @Description("The record to prefer.") String id,
            @Size(max = 1000) @Description("Why it is the best value (at most 1,000 characters).") String reason,
            @Description(OPTIONAL_VERSION) Long expectedVersion)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.rank(id, expectedVersion, Rank.PREFERRED, reason);
    }

    @Mutation
    @NonNull
    @Description("Restores a deprecated or preferred record (or any other) to rank NORMAL.")
    public Cited restore(@NonNull @Id @Description("The record to restore.") String id,
            @Description(OPTIONAL_VERSION) Long expectedVersion)
            throws BadUserInputException, NotFoundException, ConflictException {
        return curation.rank(id, expectedVersion, Rank.NORMAL, null);
    }
}
