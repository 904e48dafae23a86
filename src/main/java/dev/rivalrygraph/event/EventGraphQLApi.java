package dev.rivalrygraph.event;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Order;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.persistence.AnyOf;
import dev.rivalrygraph.persistence.Batches;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.rivalry.RivalryRound;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
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
        return Event.participantsOf(events, chosen.rule());
    }

    @Description("The product it concerns, if any.")
    public List<Product> product(@Source List<Event> events) {
        return Facts.referenced(events, e -> e.productId, Product.class);
    }

    @Description("The rivalry round it belongs to, if any.")
    public List<RivalryRound> round(@Source List<Event> events) {
        return Facts.referenced(events, e -> e.roundId, RivalryRound.class);
    }

    @NonNull
    @Description("Events this actor took part in, earliest first.")
    public List<List<@NonNull Event>> events(@Source List<Actor> actors) {
        return Event.ofEach(actors, chosen.rule());
    }

    @NonNull
    @Description("Events this actor took part in, a page at a time, earliest first.")
    public List<EventConnection> eventsConnection(@Source List<Actor> parents, @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(events(parents),
                ORDERS.byDefault()), EventConnection::new);
    }

    @NonNull
    @Name("events")
    @Description("What happened in this round, earliest first.")
    public List<List<@NonNull Event>> roundEvents(@Source List<RivalryRound> rounds) {
        return Batches.groupBy(rounds, r -> r.id, Event.ofRounds(Batches.keys(rounds, r -> r.id), chosen.rule()),
                e -> e.roundId);
    }

    @NonNull
    @Name("eventsConnection")
    @Description("What happened in this round, a page at a time, earliest first.")
    public List<EventConnection> roundEventsConnection(@Source List<RivalryRound> parents,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(roundEvents(parents),
                ORDERS.byDefault()), EventConnection::new);
    }

    @NonNull
    @Name("events")
    @Description("Events about this product, its launch included, earliest first.")
    public List<List<@NonNull Event>> productEvents(@Source List<Product> products) {
        return Batches.groupBy(products, p -> p.id, Event.ofProducts(Batches.keys(products, p -> p.id), chosen.rule()),
                e -> e.productId);
    }

    @Description("The event that put it on the market: its earliest launch or release, if the sources report one.")
    public List<Event> launch(@Source List<Product> products) {
        return launches(products);
    }

    @Description("When it launched (the date of `launch`), to `launchPrecision`.")
    public List<LocalDate> launchedOn(@Source List<Product> products) {
        return launches(products).stream().map(e -> e == null ? null : e.occurredOn).toList();
    }

    @Description("How precisely `launchedOn` is known.")
    public List<DatePrecision> launchPrecision(@Source List<Product> products) {
        return launches(products).stream().map(e -> e == null ? null : e.precision).toList();
    }

    private List<Event> launches(List<Product> products) {
        List<Event> launches = Event.list("any_of(?1, productId) and kind in ?2" + chosen.rule().jpql("") + Event.ORDER,
                AnyOf.ids(Batches.keys(products, p -> p.id)), EventKind.LAUNCHES);
        return Batches.groupBy(products, p -> p.id, launches, e -> e.productId).stream()
                .map(events -> events.isEmpty() ? null : events.get(0))
                .toList();
    }

    @NonNull
    @Name("eventsConnection")
    @Description("Events about this product, a page at a time, earliest first.")
    public List<EventConnection> productEventsConnection(@Source List<Product> parents,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(productEvents(parents),
                ORDERS.byDefault()), EventConnection::new);
    }
}
