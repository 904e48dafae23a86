package dev.rivalrygraph.partnership;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Page;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

@GraphQLApi
@Transactional
public class PartnershipGraphQLApi {

    @Query
    @NonNull
    @Description("Partnerships, earliest first (undated last); `status` narrows them.")
    public Connection<Partnership> partnerships(PartnershipStatus status, @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return new Page(first, after, last, before).of(status == null ? Partnership.find(Partnership.ORDER.substring(1))
                : Partnership.find("status = ?1" + Partnership.ORDER, status));
    }

    @NonNull
    @Description("Who is in it, by name.")
    public List<List<@NonNull Actor>> parties(@Source List<Partnership> partnerships) {
        return Facts.joined("select p.id, a from Partnership p join p.partyIds pid, AbstractActor a"
                + " where a.id = pid and p.id in :ids order by a.name, a.id", partnerships, p -> p.id);
    }
}
