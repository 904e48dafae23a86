package dev.rivalrygraph.event;

import dev.rivalrygraph.actor.AbstractActor;
import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankScope;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Reads;
import dev.rivalrygraph.filter.Order;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.rivalry.RivalryRound;
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
public class EventGraphQLApi {

    @Inject
    RankScope rankScope;

    @Query
    @NonNull
    @Description("Events, earliest first (undated last); `kind` narrows them.")
    public Connection<Event> events(EventKind kind,
            @Description("Only those dated on or after this day.") LocalDate from,
            @Description("Only those dated on or before this day.") LocalDate to,
            @Id @Description("Only those this person or organization took part in.") String participant,
            @Id @Description("Only those about this product.") String product,
            @Description("Order by DATE or NAME (title); by default date.") Order orderBy,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        rankScope.choose(ranks, "events");
        Where where = new Where().and("kind = ?", kind).between("occurredOn", from, to)
                .and("? member of participantIds", Actors.idOf(participant, "participant"))
                .and("productId = ?", GlobalId.of(product, "Product"));
        return new Page(first, after, last, before).of(Event.find(where.query(Order.clause(orderBy,
                Map.of(Order.OrderField.DATE, "occurredOn", Order.OrderField.NAME, "title"),
                "occurredOn nulls last, id", "id")), where.parameters()));
    }

    @NonNull
    @Description("Who took part, by name.")
    public List<List<@NonNull Actor>> participants(@Source List<Event> events) {
        return Facts.joined("select e.id, a from Event e join e.participantIds pid, AbstractActor a"
                + " where a.id = pid and any_of(:ids, e.id) order by a.name, a.id", events, e -> e.id);
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
