package dev.rivalrygraph.live;

import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Facts;
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
            + "committed: all of them, or only those about `subject`. Over WebSocket (graphql-transport-ws or "
            + "graphql-ws) on /graphql.")
    public Multi<FactChange> factChanged(@Id @Description("Only facts about this record: the record itself and the "
            + "facts that reference it (a person's roles, a product's metrics, the claims about it, the events it "
            + "took part in; a source's citations).") String subject) throws BadUserInputException {
        if (subject == null) {
            return feed.about(null, null);
        }
        GlobalId id = GlobalId.parse(subject);
        return "Source".equals(id.type()) ? feed.about(null, id.id()) : feed.about(id.id(), null);
    }

    @Transactional
    @Description("The fact as it is now (after this change and any later one); null if it no longer exists.")
    public List<Cited> fact(@Source List<FactChange> changes) {
        // Whatever its rank: a deprecation is news too.
        return Facts.referenced(changes, c -> c.factId, Fact.class).stream().map(Cited.class::cast).toList();
    }
}
