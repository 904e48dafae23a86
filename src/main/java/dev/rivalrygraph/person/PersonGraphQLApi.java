package dev.rivalrygraph.person;

import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Batches;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Lookup;
import dev.rivalrygraph.fact.NotFoundException;
import dev.rivalrygraph.fact.Page;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.role.Role;
import dev.rivalrygraph.role.RoleKind;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;

@GraphQLApi
@Transactional
@DatabaseTimeouts
public class PersonGraphQLApi {

    @Query
    @Description("One person, by `id` or by `name` (whole name or an alias, ignoring case). Give one of them.")
    public Person person(@Id Long id, String name) throws NotFoundException, BadUserInputException {
        return Lookup.one("person", id, name, i -> Person.findById(i), n -> Facts.named(Person.class, n));
    }

    @Query
    @NonNull
    @Description("People in the graph, by name.")
    public List<@NonNull Person> people(@DefaultValue("100") @Description(Page.FIRST) int first)
            throws BadUserInputException {
        return Person.find("order by name, id").page(0, Page.size(first)).list();
    }

    @NonNull
    @Description("The positions this person holds or held, earliest first.")
    public List<List<@NonNull Role>> roles(@Source List<Person> people) {
        return Batches.groupBy(people, p -> p.id, Role.ofPeople(Batches.keys(people, p -> p.id)), r -> r.personId);
    }

    @NonNull
    @Description("The organizations this person leads, founded or owns (roles CEO, chief, chairman, founder, "
            + "co-founder, owner, shareholder), by name.")
    public List<List<@NonNull Organization>> companies(@Source List<Person> people) {
        return Batches.groupPairs(people, p -> p.id, Facts.pairs(
                "select r.personId, o from Role r, Organization o where o.id = r.organizationId"
                        + " and r.personId in :ids and r.kind in :kinds order by o.name, o.id",
                people, p -> p.id, Map.of("kinds", RoleKind.COMPANY_ROLES)));
    }
}
