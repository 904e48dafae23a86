package dev.rivalrygraph.event;

import dev.rivalrygraph.actor.AbstractActor;
import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Page;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.rivalry.RivalryRound;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

@GraphQLApi
@Transactional
@DatabaseTimeouts
public class EventGraphQLApi {

    @Query
    @NonNull
    @Description("Events, earliest first (undated last); `kind` narrows them.")
    public List<@NonNull Event> events(EventKind kind, @DefaultValue("100") @Description(Page.FIRST) int first)
            throws BadUserInputException {
        int size = Page.size(first);
        return kind == null ? Event.find(Event.ORDER.substring(1)).page(0, size).list()
                : Event.find("kind = ?1" + Event.ORDER, kind).page(0, size).list();
    }

    @NonNull
    @Description("Who took part, by name.")
    public List<List<@NonNull Actor>> participants(@Source List<Event> events) {
        return Facts.joined("select e.id, a from Event e join e.participantIds pid, AbstractActor a"
                + " where a.id = pid and e.id in :ids order by a.name, a.id", events, e -> e.id);
    }

    @Description("The product it concerns, if any.")
    public List<Product> product(@Source List<Event> events) {
        return Facts.referenced(events, e -> e.productId, Product.class);
    }

    @Description("The rivalry round it belongs to, if any.")
    public List<RivalryRound> round(@Source List<Event> events) {
        return Facts.referenced(events, e -> e.roundId, RivalryRound.class);
    }
}
