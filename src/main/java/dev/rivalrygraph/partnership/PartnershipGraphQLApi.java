package dev.rivalrygraph.partnership;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.page.Order;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class PartnershipGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    private static final Order.Offered<Partnership> ORDERS = new Order.Offered<>("partnerships", Map.of(
            Order.OrderField.DATE, Sort.key("occurredOn", LocalDate.class, (Partnership p) -> p.occurredOn).nullable()),
            Order.OrderField.DATE, Sort.id(p -> p.id));

    @Query
    @NonNull
    @Description("Partnerships, earliest first (undated last); `status` narrows them.")
    public PartnershipConnection partnerships(PartnershipStatus status,
            @Description("Only those dated on or after this day.") LocalDate from,
            @Description("Only those dated on or before this day.") LocalDate to,
            @Id @Description("Only those this person or organization is in.") String party,
            @Description("Order by DATE; by default date.") Order orderBy,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        Where where = new Where(chosen.rule()).and("status = ?", status).between("occurredOn", from, to)
                .and("? member of partyIds", Actors.idOf(party, "party"));
        return new PartnershipConnection(new Page(first, after, last, before).of(Partnership.class, where,
                ORDERS.sort(orderBy)));
    }

    @NonNull
    @Description("Who is in it, by name.")
    public List<List<@NonNull Actor>> parties(@Source List<Partnership> partnerships) {
        return Partnership.partiesOf(partnerships, chosen.rule());
    }

    @NonNull
    @Description("Partnerships this actor is in, earliest first.")
    public List<List<@NonNull Partnership>> partnerships(@Source List<Actor> actors) {
        return Partnership.ofEach(actors, chosen.rule());
    }
}
