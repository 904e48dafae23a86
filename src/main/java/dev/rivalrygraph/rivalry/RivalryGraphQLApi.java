package dev.rivalrygraph.rivalry;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.claim.Claim;
import dev.rivalrygraph.event.Event;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Batches;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Lookup;
import dev.rivalrygraph.fact.NotFoundException;
import dev.rivalrygraph.fact.Page;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@GraphQLApi
@Transactional
@DatabaseTimeouts
public class RivalryGraphQLApi {

    private static final String PARTIES = "select r.id, p.side, a from Rivalry r join r.parties p, AbstractActor a"
            + " where a.id = p.actorId and r.id in :ids order by p.side, a.name, a.id";

    @Query
    @Description("One rivalry, by `id` or by exact `title` (case-insensitive), e.g. \"Musk vs Zuckerberg\".")
    public Rivalry rivalry(@Id Long id, String title) throws NotFoundException, BadUserInputException {
        return Lookup.one("rivalry", id, title, i -> Rivalry.findById(i), Rivalry::byTitle);
    }

    @Query
    @NonNull
    @Description("The rivalries in the graph, by title.")
    public List<@NonNull Rivalry> rivalries(@DefaultValue("100") @Description(Page.FIRST) int first)
            throws BadUserInputException {
        return Rivalry.find("order by title, id").page(0, Page.size(first)).list();
    }

    @NonNull
    @Description("Everyone in the fight, side by side.")
    public List<List<@NonNull Actor>> parties(@Source List<Rivalry> rivalries) {
        List<Object[]> rows = Facts.pairs(PARTIES, rivalries, r -> r.id, Map.of());
        return Batches.groupPairs(rivalries, r -> r.id, rows.stream().map(row -> new Object[] { row[0], row[2] })
                .toList());
    }

    @NonNull
    @Description("The parties grouped by the side they stand on.")
    public List<List<@NonNull RivalrySide>> sides(@Source List<Rivalry> rivalries) {
        List<Object[]> rows = Facts.pairs(PARTIES, rivalries, r -> r.id, Map.of());
        List<List<RivalrySide>> result = new ArrayList<>(rivalries.size());
        for (Rivalry rivalry : rivalries) {
            Map<Integer, List<Actor>> bySide = new TreeMap<>();
            rows.stream().filter(row -> rivalry.id.equals(row[0]))
                    .forEach(row -> bySide.computeIfAbsent((Integer) row[1], s -> new ArrayList<>()).add((Actor) row[2]));
            result.add(bySide.entrySet().stream().map(e -> new RivalrySide(e.getKey(), e.getValue())).toList());
        }
        return result;
    }

    @NonNull
    @Description("The rounds of the rivalry, in order.")
    public List<List<@NonNull RivalryRound>> rounds(@Source List<Rivalry> rivalries) {
        return Batches.groupBy(rivalries, r -> r.id, RivalryRound.ofRivalries(Batches.keys(rivalries, r -> r.id)),
                r -> r.rivalryId);
    }

    @NonNull
    @Description("The rivalry this round belongs to.")
    public List<Rivalry> rivalry(@Source List<RivalryRound> rounds) {
        return Facts.referenced(rounds, r -> r.rivalryId, Rivalry.class);
    }

    @NonNull
    @Description("What happened in this round, earliest first.")
    public List<List<@NonNull Event>> events(@Source List<RivalryRound> rounds) {
        return Batches.groupBy(rounds, r -> r.id, Event.ofRounds(Batches.keys(rounds, r -> r.id)), e -> e.roundId);
    }

    @NonNull
    @Description("What was said in this round, earliest first.")
    public List<List<@NonNull Claim>> claims(@Source List<RivalryRound> rounds) {
        return Batches.groupBy(rounds, r -> r.id, Claim.ofRounds(Batches.keys(rounds, r -> r.id)), c -> c.roundId);
    }
}
