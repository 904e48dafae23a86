package dev.rivalrygraph.rivalry;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.fact.AsOf;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Batches;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.node.Lookup;
import dev.rivalrygraph.fact.NotFoundException;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Reads;
import dev.rivalrygraph.page.Order;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class RivalryGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    private static final Order.Offered<Rivalry> ORDERS = new Order.Offered<>("rivalries",
            Map.of(Order.OrderField.NAME, Sort.key("title", String.class, (Rivalry r) -> r.title)),
            Order.OrderField.NAME, Sort.id(r -> r.id));

    private static String parties(RankSelection ranks) {
        return "select r.id, p.side, a from Rivalry r join r.parties p, AbstractActor a where a.id = p.actorId"
                + " and any_of(:ids, r.id)" + ranks.jpql("r") + ranks.jpql("a") + " order by p.side, a.name, a.id";
    }

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
        List<Object[]> rows = Facts.pairs(parties(chosen.rule()), rivalries, r -> r.id, Map.of());
        return Batches.groupPairs(rivalries, r -> r.id, rows.stream().map(row -> new Object[] { row[0], row[2] })
                .toList());
    }

    @NonNull
    @Description("The parties grouped by the side they stand on.")
    public List<List<@NonNull RivalrySide>> sides(@Source List<Rivalry> rivalries) {
        List<Object[]> rows = Facts.pairs(parties(chosen.rule()), rivalries, r -> r.id, Map.of());
        List<List<RivalrySide>> result = new ArrayList<>(rivalries.size());
        for (Rivalry rivalry : rivalries) {
            Map<Integer, List<Actor>> bySide = new TreeMap<>();
            rows.stream().filter(row -> rivalry.id.equals(row[0]))
                    .forEach(row -> bySide.computeIfAbsent((Integer) row[1],
                            s -> new ArrayList<>()).add((Actor) row[2]));
            result.add(bySide.entrySet().stream().map(e -> new RivalrySide(e.getKey(), e.getValue())).toList());
        }
        return result;
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
        return Facts.joined("select p.actorId, r from Rivalry r join r.parties p where any_of(:ids, p.actorId)"
                + chosen.rule().jpql("r") + " order by r.title, r.id", actors, Actor::getId);
    }
}
