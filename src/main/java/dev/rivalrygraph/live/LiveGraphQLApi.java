package dev.rivalrygraph.live;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.history.FactChange;
import dev.rivalrygraph.node.GlobalId;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

@GraphQLApi
public class LiveGraphQLApi {

    @Inject
    FactFeed feed;

    @Subscription
    @NonNull
    @Description("Facts as they are created or changed (citations added, ranks changed...), each once its change is "
            + "committed, in commit order, the same on every server: all of them, or only those about `subject`; "
            + "from now on, or after position `since`. Over WebSocket (graphql-transport-ws or graphql-ws) on "
            + "/graphql.")
    public Multi<FactChange> factChanged(@Id @Description("Only facts about this record: the record itself and the "
            + "facts that reference it (a person's roles, a product's metrics, the claims about it, the events it "
            + "took part in; a source's citations).") String subject,
            @Description("Start after this position (the `position` of the last change received): the changes "
                    + "committed since then come first, then the new ones, each once. A client that reconnects "
                    + "passes it to miss nothing. Omitted: from now on.") String since)
            throws BadUserInputException {
        Long after = since == null ? null : position(since);
        Long fact = null;
        Long source = null;
        if (subject != null) {
            GlobalId id = GlobalId.parse(subject);
            if ("Source".equals(id.type())) {
                source = id.id();
            } else {
                fact = id.id();
            }
        }
        if (after == null) {
            return feed.about(fact, source);
        }
        // Before the stream starts, so that the client gets the error: for a stream that fails, SmallRye GraphQL
        // 2.17 sends the client nothing.
        feed.checkPosition(after);
        return feed.about(fact, source, after);
    }

    private static long position(String since) throws BadUserInputException {
        try {
            long position = Long.parseLong(since);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadUserInputException("`since` must be a position a change carried (a whole number, 0 or more), "
                + "not \"" + since + "\".", "since");
    }

    @Transactional
    @Description("The fact as it is now (after this change and any later one); null if it no longer exists.")
    public List<Cited> fact(@Source List<FactChange> changes) {
        // Whatever its rank: a deprecation is news too.
        return Facts.referenced(changes, c -> c.factId, Fact.class).stream().map(Cited.class::cast).toList();
    }
}
