package dev.rivalrygraph.node;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Node;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.hibernate.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class NodeGraphQLApi {

    @Inject
    Instance<NodeLoader> loaders;

    @Query
    @Description("Any record, by its global `id`.")
    public Node node(@Id @NonNull String id,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws NotFoundException, BadUserInputException {
        List<Node> found = load(List.of(GlobalId.parse(id)));
        if (found.get(0) == null) {
            throw new NotFoundException("No record has id \"" + id + "\".");
        }
        return found.get(0);
    }

    @Query
    @NonNull
    // [String!]!, not [ID!]!: SmallRye 2.17 cannot read a list argument of IDs (its ID list coercion fails at run
    // time: "not a valid 'Unknown Scalar Type List'"); IdArgumentsTest lists it.
    @Description("Records by global id (the `id` values this API returns), in the order asked, at most 100; null "
            + "where an id is unknown, with an error naming it.")
    public List<Node> nodes(@NonNull List<@NonNull String> ids,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException, PartlyFoundException {
        if (ids.size() > Page.MAX) {
            throw new BadUserInputException("Ask for at most " + Page.MAX + " ids at once; " + ids.size() + " given.");
        }
        List<GlobalId> parsed = new ArrayList<>(ids.size());
        for (String id : ids) {
            parsed.add(GlobalId.parse(id));
        }
        List<Node> found = load(parsed);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (found.get(i) == null) {
                unknown.add(ids.get(i));
            }
        }
        if (!unknown.isEmpty()) {
            throw new PartlyFoundException("No record has id " + String.join(", ", unknown) + ".", found);
        }
        return found;
    }

    /** One statement per table asked about: facts (polymorphically), and each other node type by its loader. */
    private List<Node> load(List<GlobalId> ids) {
        Map<String, List<Long>> byType = new HashMap<>();
        for (GlobalId id : ids) {
            byType.computeIfAbsent(id.type(), t -> new ArrayList<>()).add(id.id());
        }
        Map<String, Node> byKey = new HashMap<>();
        for (NodeLoader loader : loaders) {
            List<Long> asked = byType.remove(loader.type());
            if (asked != null) {
                loader.byIds(asked).forEach(n -> byKey.put(n.getGlobalId(), n));
            }
        }
        List<Long> facts = byType.values().stream().flatMap(List::stream).toList();
        // by key, so a record asked for by id is found whatever its rank (its `rank` field says it)
        Panache.getEntityManager().unwrap(Session.class).byMultipleIds(Fact.class).multiLoad(facts).stream()
                .filter(Objects::nonNull).forEach(f -> byKey.put(f.getGlobalId(), (Node) f));
        List<Node> result = new ArrayList<>(ids.size());
        for (GlobalId id : ids) {
            result.add(byKey.get(GlobalId.of(id.type(), id.id())));
        }
        return result;
    }
}
