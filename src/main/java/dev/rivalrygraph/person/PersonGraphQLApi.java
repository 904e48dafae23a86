package dev.rivalrygraph.person;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.node.Lookup;
import dev.rivalrygraph.page.Order;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Map;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class PersonGraphQLApi {

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
}
