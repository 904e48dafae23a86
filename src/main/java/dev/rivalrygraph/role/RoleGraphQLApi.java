package dev.rivalrygraph.role;

import dev.rivalrygraph.fact.AsOf;
import dev.rivalrygraph.fact.Batches;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Reads;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.person.Person;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class RoleGraphQLApi {

    private static final String COMPANY_ROLE_LITERALS = RoleKind.COMPANY_ROLES.stream()
            .map(kind -> RoleKind.class.getName() + "." + kind.name()).sorted().collect(Collectors.joining(", "));

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
        // Today's answer in one statement; the kinds as literals, since a list parameter would stop Hibernate from
        // reusing the query's translation.
        return Facts.joined("select r.personId, o from Role r, Organization o where o.id = r.organizationId"
                + " and any_of(:ids, r.personId) and r.kind in (" + COMPANY_ROLE_LITERALS + ")"
                + chosen.rule().jpql("r") + chosen.rule().jpql("o") + " order by o.name, o.id", people, p -> p.id);
    }

    @NonNull
    @Description("People who hold or held a position here, by name; with `asOf`, those holding one then.")
    public List<List<@NonNull Person>> people(@Source List<Organization> organizations,
            @Description(AsOf.DESCRIPTION) LocalDate asOf) {
        if (asOf != null) {
            return Facts.linked(organizations, o -> o.id, rolesOfOrganizationsAsOf(organizations, asOf),
                    r -> r.organizationId, r -> r.personId, Person.class, chosen.rule());
        }
        return Facts.joined("select r.organizationId, p from Role r, Person p where p.id = r.personId"
                + " and any_of(:ids, r.organizationId)" + chosen.rule().jpql("r") + chosen.rule().jpql("p")
                + " order by p.name, p.id", organizations, o -> o.id);
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
