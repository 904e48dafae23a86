package dev.rivalrygraph.path;

import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class PathGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    private static final Set<String> SUBJECTS = Set.of("Person", "Organization", "Product");

    // The time budget of api/ApiLimits, read as configuration: features do not import api/.
    @ConfigProperty(name = "rivalry.limits.time-budget")
    Duration timeBudget;

    @Query
    @NonNull
    @Description("The shortest chains linking two people, organizations or products through roles, ownership, "
            + "products, investments, partnerships, rivalries, events and claims, each hop with the cited record "
            + "behind it. Empty when they are further apart than `maxHops`.")
    public List<@NonNull Chain> chains(@Id @NonNull @Description("Where the chains start.") String from,
            @Id @NonNull @Description("Where they end.") String to,
            @DefaultValue("4") @Description("The longest chain to look for, 1 to 6 hops.") int maxHops,
            @DefaultValue("5") @Description("How many chains of the shortest length to return, 1 to 20.") int first,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException, SearchTooLongException {
        long start = subjectId(from, "from");
        long goal = subjectId(to, "to");
        if (maxHops < 1 || maxHops > 6) {
            throw new BadUserInputException("`maxHops` must be between 1 and 6; it was " + maxHops + ".");
        }
        if (first < 1 || first > 20) {
            throw new BadUserInputException("`first` must be between 1 and 20; it was " + first + ".");
        }
        if (start == goal) {
            return List.of();
        }
        // One search is one field, so the per-field time budget cannot stop it between hops: it checks itself.
        return describe(new ChainSearch(chosen.rule()).run(start, goal, maxHops, first,
                System.nanoTime() + timeBudget.toNanos()));
    }

    private static List<Chain> describe(List<List<ChainSearch.Step>> chains) {
        Set<Long> subjectIds = new HashSet<>();
        Set<Long> viaIds = new HashSet<>();
        chains.forEach(c -> c.forEach(s -> {
            subjectIds.add(s.from());
            subjectIds.add(s.to());
            viaIds.add(s.via());
        }));
        Map<Long, Subject> subjects = Actors.subjects(subjectIds).stream()
                .collect(Collectors.toMap(Subject::getId, s -> s));
        Map<Long, Cited> vias = Facts.byIds(Fact.class, viaIds).stream()
                .collect(Collectors.toMap(Fact::getId, f -> (Cited) f));
        return chains.stream().map(c -> new Chain(c.stream()
                .map(s -> new Hop(subjects.get(s.from()), subjects.get(s.to()), s.relation(), vias.get(s.via())))
                .toList())).toList();
    }

    private static long subjectId(String globalId, String argument) throws BadUserInputException {
        GlobalId id = GlobalId.parse(globalId);
        if (!SUBJECTS.contains(id.type())) {
            throw new BadUserInputException("`" + argument + "` takes the id of a person, an organization or a "
                    + "product.");
        }
        return id.id();
    }
}
