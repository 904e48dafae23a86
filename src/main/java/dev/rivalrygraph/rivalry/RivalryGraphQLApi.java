package dev.rivalrygraph.rivalry;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.fact.AsOf;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.node.Lookup;
import dev.rivalrygraph.page.Order;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.persistence.Batches;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
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

@GraphQLApi
@Reads
@DatabaseTimeouts
public class RivalryGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    private static final Order.Offered<Rivalry> ORDERS = new Order.Offered<>("rivalries",
            Map.of(Order.OrderField.NAME, Sort.key("title", String.class, (Rivalry r) -> r.title)),
            Order.OrderField.NAME, Sort.id(r -> r.id));

    @Query
    @Description("One rivalry, by `id` or by exact `title` (case-insensitive), e.g. \"Musk vs Zuckerberg\".")
    public Rivalry rivalry(@Id String id, String title,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws NotFoundException, BadUserInputException {
        return Lookup.one("rivalry", "Rivalry", id, title, i -> Rivalry.findById(i), t -> Rivalry.byTitle(t,
                chosen.rule()));
    }

    @Query
    @NonNull
    @Description("The rivalries in the graph, by title.")
    public RivalryConnection rivalries(
            @Id @Description("Only those this person or organization is a party to.") String party,
            @Description("Order by NAME (title); by default title.") Order orderBy,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        Where where = new Where(chosen.rule()).and("id in (select r.id from Rivalry r join r.parties p where p.actorId = ?)",
                Actors.idOf(party, "party"));
        return new RivalryConnection(new Page(first, after, last, before).of(Rivalry.class, where,
                ORDERS.sort(orderBy)));
    }

    @NonNull
    @Description("Everyone in the fight, side by side.")
    public List<List<@NonNull Actor>> parties(@Source List<Rivalry> rivalries) {
        return Rivalry.partiesOf(rivalries, chosen.rule());
    }

    @NonNull
    @Description("The parties grouped by the side they stand on.")
    public List<List<@NonNull RivalrySide>> sides(@Source List<Rivalry> rivalries) {
        return Rivalry.sidesOf(rivalries, chosen.rule());
    }

    @NonNull
    @Description("The rounds of the rivalry, in order.")
    public List<List<@NonNull RivalryRound>> rounds(@Source List<Rivalry> rivalries,
            @Description(AsOf.DESCRIPTION) LocalDate asOf) {
        List<RivalryRound> rounds = RivalryRound.ofRivalries(Batches.keys(rivalries, r -> r.id), chosen.rule()).stream()
                .filter(r -> AsOf.within(r.periodStart, null, asOf)).toList();
        return Batches.groupBy(rivalries, r -> r.id, AsOf.reported(rounds, asOf), r -> r.rivalryId);
    }

    @NonNull
    @Description("The rivalry this round belongs to.")
    public List<Rivalry> rivalry(@Source List<RivalryRound> rounds) {
        return Facts.referenced(rounds, r -> r.rivalryId, Rivalry.class);
    }

    @NonNull
    @Description("Rivalries this actor is a party to, by title.")
    public List<List<@NonNull Rivalry>> rivalries(@Source List<Actor> actors) {
        return Rivalry.ofEach(actors, chosen.rule());
    }
}
