package dev.rivalrygraph.investment;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Order;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.persistence.Batches;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class InvestmentGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    /** The orders of lists of investments: by date, undated last, by default. */
    public static final Order.Offered<Investment> ORDERS = new Order.Offered<>("investments", Map.of(
            Order.OrderField.DATE, Sort.key("occurredOn", LocalDate.class, (Investment i) -> i.occurredOn).nullable(),
            Order.OrderField.VALUE, Sort.key("amountValue", BigDecimal.class, (Investment i) -> i.amountValue)
                    .nullable()),
            Order.OrderField.DATE, Sort.id(i -> i.id));

    @Query
    @NonNull
    @Description("Investments, earliest first (undated last); `kind` narrows them.")
    public InvestmentConnection investments(InvestmentKind kind, InvestmentStatus status,
            @Description("Only those dated on or after this day.") LocalDate from,
            @Description("Only those dated on or before this day.") LocalDate to,
            @Id @Description("Only those made by this person or organization.") String investor,
            @Id @Description("Only those in this person or organization.") String investee,
            @Description("Order by DATE or VALUE (amount); by default date.") Order orderBy,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        Where where = new Where(chosen.rule()).and("kind = ?", kind).and("status = ?", status).between("occurredOn",
                from, to)
                .and("investorId = ?", Actors.idOf(investor, "investor"))
                .and("investeeId = ?", Actors.idOf(investee, "investee"));
        return new InvestmentConnection(new Page(first, after, last, before).of(Investment.class, where,
                ORDERS.sort(orderBy)));
    }

    @Description("Who puts the money in.")
    public List<Actor> investor(@Source List<Investment> investments) {
        return Actors.actors(investments, i -> i.investorId);
    }

    @Description("Who receives it; null when it goes to a field ('AI') rather than an actor: see `target`.")
    public List<Actor> investee(@Source List<Investment> investments) {
        return Actors.actors(investments, i -> i.investeeId);
    }

    @NonNull
    @Description("Investments this actor made or offered, earliest first.")
    public List<List<@NonNull Investment>> investmentsMade(@Source List<Actor> actors) {
        return Batches.groupBy(actors, Actor::getId, Investment.byInvestors(Batches.keys(actors, Actor::getId),
                chosen.rule()),
                i -> i.investorId);
    }

    @NonNull
    @Description("Investments in this actor, earliest first.")
    public List<List<@NonNull Investment>> investmentsReceived(@Source List<Actor> actors) {
        return Batches.groupBy(actors, Actor::getId, Investment.byInvestees(Batches.keys(actors, Actor::getId),
                chosen.rule()),
                i -> i.investeeId);
    }

    @NonNull
    @Description("Investments this actor made or offered, a page at a time, earliest first.")
    public List<InvestmentConnection> investmentsMadeConnection(@Source List<Actor> parents,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(investmentsMade(parents),
                ORDERS.byDefault()), InvestmentConnection::new);
    }

    @NonNull
    @Description("Investments in this actor, a page at a time, earliest first.")
    public List<InvestmentConnection> investmentsReceivedConnection(@Source List<Actor> parents,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(investmentsReceived(parents),
                ORDERS.byDefault()), InvestmentConnection::new);
    }
}
