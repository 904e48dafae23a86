package dev.rivalrygraph.partnership;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Page;
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
public class PartnershipGraphQLApi {

    @Query
    @NonNull
    @Description("Partnerships, earliest first (undated last); `status` narrows them.")
    public List<@NonNull Partnership> partnerships(PartnershipStatus status,
            @DefaultValue("100") @Description(Page.FIRST) int first) throws BadUserInputException {
        int size = Page.size(first);
        return status == null ? Partnership.find(Partnership.ORDER.substring(1)).page(0, size).list()
                : Partnership.find("status = ?1" + Partnership.ORDER, status).page(0, size).list();
    }

    @NonNull
    @Description("Who is in it, by name.")
    public List<List<@NonNull Actor>> parties(@Source List<Partnership> partnerships) {
        return Facts.joined("select p.id, a from Partnership p join p.partyIds pid, AbstractActor a"
                + " where a.id = pid and p.id in :ids order by a.name, a.id", partnerships, p -> p.id);
    }
}
