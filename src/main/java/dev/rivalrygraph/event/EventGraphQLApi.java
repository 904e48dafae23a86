package dev.rivalrygraph.event;

import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.actor.AbstractActor;
import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Reads;
import dev.rivalrygraph.filter.Order;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.node.GlobalId;
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
    RankSelection.Chosen chosen;

    /** The orders of lists of events: by date, undated last, by default. */
    public static final Order.Offered<Event> ORDERS = new Order.Offered<>("events", Map.of(
            Order.OrderField.DATE, Sort.key("occurredOn", LocalDate.class, (Event e) -> e.occurredOn).nullable(),
            Order.OrderField.NAME, Sort.key("title", String.class, (Event e) -> e.title)),
            Order.OrderField.DATE, Sort.id(e -> e.id));

    @Query
    @NonNull
    @Description("Events, earliest first (undated last); `kind` narrows them.")
    public EventConnection events(EventKind kind,
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
        Where where = new Where(chosen.rule()).and("kind = ?", kind).between("occurredOn", from, to)
                .and("? member of participantIds", Actors.idOf(participant, "participant"))
                .and("productId = ?", GlobalId.of(product, "Product"));
        return new EventConnection(new Page(first, after, last, before).of(Event.class, where, ORDERS.sort(orderBy)));
    }

    @NonNull
    @Description("Who took part, by name.")
    public List<List<@NonNull Actor>> participants(@Source List<Event> events) {
        return Facts.joined("select e.id, a from Event e join e.participantIds pid, AbstractActor a"
                + " where a.id = pid and any_of(:ids, e.id)" + chosen.rule().jpql("e") + chosen.rule().jpql("a")
                + " order by a.name, a.id", events, e -> e.id);
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
