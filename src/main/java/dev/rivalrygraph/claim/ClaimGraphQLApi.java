package dev.rivalrygraph.claim;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Batches;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Page;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.rivalry.RivalryRound;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@GraphQLApi
@Transactional
@DatabaseTimeouts
public class ClaimGraphQLApi {

    @Query
    @NonNull
    @Description("Claims, earliest first (undated last); `kind` narrows them.")
    public List<@NonNull Claim> claims(ClaimKind kind, @DefaultValue("100") @Description(Page.FIRST) int first)
            throws BadUserInputException {
        int size = Page.size(first);
        return kind == null ? Claim.find(Claim.ORDER.substring(1)).page(0, size).list()
                : Claim.find("kind = ?1" + Claim.ORDER, kind).page(0, size).list();
    }

    @Description("Who said it; null when the source itself asserts it.")
    public List<Actor> speaker(@Source List<Claim> claims) {
        return Actors.actors(claims, c -> c.speakerId);
    }

    @NonNull
    @Description("What it is about: people, organizations and products, by name.")
    public List<List<@NonNull Subject>> subjects(@Source List<Claim> claims) {
        List<Object[]> pairs = Facts.pairs("select c.id, sid from Claim c join c.subjectIds sid where c.id in :ids",
                claims, c -> c.id, Map.of());
        Map<Long, Subject> byId = new HashMap<>();
        Actors.subjects(pairs.stream().map(pair -> (Long) pair[1]).collect(Collectors.toSet()))
                .forEach(s -> byId.put(s.getId(), s));
        List<Object[]> rows = pairs.stream().map(pair -> new Object[] { pair[0], byId.get((Long) pair[1]) })
                .sorted(Comparator.comparing(row -> ((Subject) row[1]).getName()))
                .toList();
        return Batches.groupPairs(claims, c -> c.id, rows);
    }

    @Description("The rivalry round it belongs to, if any.")
    public List<RivalryRound> round(@Source List<Claim> claims) {
        return Facts.referenced(claims, c -> c.roundId, RivalryRound.class);
    }
}
