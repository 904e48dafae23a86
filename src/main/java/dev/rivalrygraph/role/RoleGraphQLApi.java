package dev.rivalrygraph.role;

import dev.rivalrygraph.fact.AsOf;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.persistence.Batches;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import dev.rivalrygraph.person.Person;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.List;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class RoleGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    @NonNull
    @Description("Who holds the position.")
    public List<Person> person(@Source List<Role> roles) {
        return Facts.referenced(roles, r -> r.personId, Person.class);
    }

    @NonNull
    @Description("Where the position is held.")
    public List<Organization> organization(@Source List<Role> roles) {
        return Facts.referenced(roles, r -> r.organizationId, Organization.class);
    }

    @NonNull
    @Name("roles")
    @Description("The positions this person holds or held, earliest first.")
    public List<List<@NonNull Role>> rolesOfPeople(@Source List<Person> people,
            @Description(AsOf.DESCRIPTION) LocalDate asOf) {
        return Batches.groupBy(people, p -> p.id, rolesOfPeopleAsOf(people, asOf), r -> r.personId);
    }

    private List<Role> rolesOfPeopleAsOf(List<Person> people, LocalDate asOf) {
        return Role.asOf(Role.ofPeople(Batches.keys(people, p -> p.id), chosen.rule()), asOf);
    }

    @NonNull
    @Description("The organizations this person leads, founded or owns (roles CEO, chief, chairman, founder, "
            + "co-founder, owner, shareholder), by name.")
    public List<List<@NonNull Organization>> companies(@Source List<Person> people,
            @Description(AsOf.DESCRIPTION) LocalDate asOf) {
        if (asOf != null) {
            return Facts.linked(people, p -> p.id, rolesOfPeopleAsOf(people, asOf).stream()
                    .filter(r -> RoleKind.COMPANY_ROLES.contains(r.kind)).toList(), r -> r.personId,
                    r -> r.organizationId, Organization.class, chosen.rule());
        }
        return Role.companiesOf(people, chosen.rule());
    }

    @NonNull
    @Description("People who hold or held a position here, by name; with `asOf`, those holding one then.")
    public List<List<@NonNull Person>> people(@Source List<Organization> organizations,
            @Description(AsOf.DESCRIPTION) LocalDate asOf) {
        if (asOf != null) {
            return Facts.linked(organizations, o -> o.id, rolesOfOrganizationsAsOf(organizations, asOf),
                    r -> r.organizationId, r -> r.personId, Person.class, chosen.rule());
        }
        return Role.peopleOf(organizations, chosen.rule());
    }

    @NonNull
    @Name("roles")
    @Description("The positions held here, earliest first.")
    public List<List<@NonNull Role>> rolesOfOrganizations(@Source List<Organization> organizations,
            @Description(AsOf.DESCRIPTION) LocalDate asOf) {
        return Batches.groupBy(organizations, o -> o.id, rolesOfOrganizationsAsOf(organizations, asOf),
                r -> r.organizationId);
    }

    private List<Role> rolesOfOrganizationsAsOf(List<Organization> organizations, LocalDate asOf) {
        return Role.asOf(Role.ofOrganizations(Batches.keys(organizations, o -> o.id), chosen.rule()), asOf);
    }
}
