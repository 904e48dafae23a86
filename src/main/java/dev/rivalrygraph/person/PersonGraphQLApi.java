package dev.rivalrygraph.person;

import dev.rivalrygraph.fact.AsOf;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Batches;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.node.Lookup;
import dev.rivalrygraph.fact.NotFoundException;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Reads;
import dev.rivalrygraph.filter.Order;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.role.Role;
import dev.rivalrygraph.role.RoleKind;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class PersonGraphQLApi {

    private static final String COMPANY_ROLE_LITERALS = RoleKind.COMPANY_ROLES.stream()
            .map(kind -> RoleKind.class.getName() + "." + kind.name()).sorted().collect(Collectors.joining(", "));

    @Inject
    RankSelection.Chosen chosen;

    private static final Order.Offered<Person> ORDERS = new Order.Offered<>("people",
            Map.of(Order.OrderField.NAME, Sort.key("name", String.class, (Person p) -> p.name)), Order.OrderField.NAME,
            Sort.id(p -> p.id));

    @Query
    @Description("One person, by `id` or by `name` (whole name or an alias, ignoring case). Give one of them.")
    public Person person(@Id String id, String name,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws NotFoundException, BadUserInputException {
        return Lookup.one("person", "Person", id, name, i -> Person.findById(i), n -> Facts.named(Person.class, n,
                chosen.rule()));
    }

    @Query
    @NonNull
    @Description("People in the graph, by name.")
    public PersonConnection people(@Description("Only those whose name (or an alias) contains this, ignoring case and accents.") String nameContains,
            @Description("Order by NAME; by default name.") Order orderBy,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        Where where = new Where(chosen.rule()).nameContains("name", "id", nameContains);
        return new PersonConnection(new Page(first, after, last, before).of(Person.class, where,
                ORDERS.sort(orderBy)));
    }

    @NonNull
    @Description("The positions this person holds or held, earliest first.")
    public List<List<@NonNull Role>> roles(@Source List<Person> people, @Description(AsOf.DESCRIPTION) LocalDate asOf) {
        return Batches.groupBy(people, p -> p.id, rolesAsOf(people, asOf), r -> r.personId);
    }

    private List<Role> rolesAsOf(List<Person> people, LocalDate asOf) {
        return Role.asOf(Role.ofPeople(Batches.keys(people, p -> p.id), chosen.rule()), asOf);
    }

    @NonNull
    @Description("The organizations this person leads, founded or owns (roles CEO, chief, chairman, founder, "
            + "co-founder, owner, shareholder), by name.")
    public List<List<@NonNull Organization>> companies(@Source List<Person> people,
            @Description(AsOf.DESCRIPTION) LocalDate asOf) {
        if (asOf != null) {
            return Facts.linked(people, p -> p.id, rolesAsOf(people, asOf).stream()
                    .filter(r -> RoleKind.COMPANY_ROLES.contains(r.kind)).toList(), r -> r.personId,
                    r -> r.organizationId, Organization.class, chosen.rule());
        }
        // Today's answer in one statement; the kinds as literals, since a list parameter would stop Hibernate from
        // reusing the query's translation.
        return Facts.joined("select r.personId, o from Role r, Organization o where o.id = r.organizationId"
                + " and any_of(:ids, r.personId) and r.kind in (" + COMPANY_ROLE_LITERALS + ")"
                + chosen.rule().jpql("r") + chosen.rule().jpql("o") + " order by o.name, o.id", people, p -> p.id);
    }
}
